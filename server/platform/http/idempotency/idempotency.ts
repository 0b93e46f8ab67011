import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalid } from '../../errors.js';
import { seal, unseal } from './sealing.js';
import { claimKey, keepAnswer, releaseKey, type KeyRow } from './store.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
/** Visible ASCII, as Stripe takes: a UUID is the usual choice. */
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** Headers of the first answer that a replay repeats. */
const KEPT_HEADERS = ['content-type', 'location', 'cache-control'];
/** How long a retry waits for the first request under its key to finish before it is told 409. */
const WAIT_MS = 10_000;

/** Who is asking, as the identity module records it on the request (`request.actor`). */
interface CallerLike {
  kind?: string;
  workspaceId?: string | null;
  userId?: string;
  keyId?: string;
}

interface Claimed {
  row: KeyRow;
  key: string;
  scope: string;
}
const claims = new WeakMap<FastifyRequest, Claimed>();

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Keys belong to a workspace and a caller: a person or an API key. Anonymous requests have no
 * caller to keep a key for: a client address is shared by everyone behind one NAT or proxy (and
 * without TRUST_PROXY every request comes from the proxy's), so a key kept for an address would
 * hand one respondent another's answer, such as the token that edits their survey response.
 */
function scopeOf(request: FastifyRequest): { workspaceId: string; caller: string } | null {
  const actor = (request as unknown as { actor?: CallerLike }).actor;
  if (!actor?.workspaceId) return null;
  if (actor.kind === 'user' && actor.userId) return { workspaceId: actor.workspaceId, caller: `user:${actor.userId}` };
  if (actor.kind === 'api_key' && actor.keyId) return { workspaceId: actor.workspaceId, caller: `key:${actor.keyId}` };
  return null;
}

function replay(
  reply: FastifyReply,
  claimed: Claimed,
  answer: { status: number; headers: Record<string, string>; body: Buffer },
) {
  for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
  return reply
    .code(answer.status)
    .header(REPLAYED_HEADER, 'true')
    .send(unseal(answer.body, claimed.key, claimed.scope));
}

/**
 * `Idempotency-Key` on POST, with Stripe's semantics. The first request under a key (per
 * workspace and caller) claims it in the database before its handler runs; its answer (status,
 * body, Content-Type and Location) is kept for 24 hours and replayed to every retry with the same
 * method, path, query and body, marked `Idempotent-Replayed: true`. A retry while the first is
 * still running waits for its answer (up to 10 s, then `409 idempotency_request_in_progress`);
 * the same key with a different request is `422 idempotency_key_reused`. Requests refused before
 * their handler ran (validation, access, rate limits) claim nothing; answers that are 5xx, start
 * a session (set a cookie) or are streamed are not kept, so a retry runs again. Multipart uploads
 * are not covered (their bodies are read by the handler, after the claim), nor are anonymous
 * requests (scopeOf): they run as if they had no key.
 */
export function registerIdempotency(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST') return;
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !KEY_FORMAT.test(header))
      throw invalid(`headers.${IDEMPOTENCY_HEADER}`, 'must be 1 to 255 visible ASCII characters, sent once');
    // A media type is case-insensitive (RFC 9110), and the multipart parser takes any spelling.
    if (/^multipart\//i.test(request.headers['content-type'] ?? '')) return;
    const scope = scopeOf(request);
    if (!scope) return;

    const db = request.server.platform.db;
    const row: KeyRow = { ...scope, keyHash: sha256(header) };
    const claimed: Claimed = { row, key: header, scope: `${scope.workspaceId} ${scope.caller}` };
    const requestHash = sha256(JSON.stringify([request.method, request.url, scope.caller, request.body ?? null]));
    const started = Date.now();
    for (let pause = 25; ; pause = Math.min(pause * 2, 250)) {
      const claim = await claimKey(db, row, requestHash);
      switch (claim.kind) {
        case 'claimed':
          claims.set(request, claimed);
          return;
        case 'done':
          return replay(reply, claimed, claim.answer);
        case 'other_request':
          throw new AppError(
            'idempotency_key_reused',
            422,
            'This Idempotency-Key was used in the last 24 hours for a different request; use a new key.',
          );
        case 'running':
          if (Date.now() - started >= WAIT_MS)
            throw new AppError(
              'idempotency_request_in_progress',
              409,
              'A request with this Idempotency-Key is still being handled; retry in a moment.',
            );
          await sleep(pause);
      }
    }
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claimed = claims.get(request);
    if (!claimed) return payload;
    claims.delete(request);
    const db = request.server.platform.db;
    const keepable =
      reply.statusCode < 500 &&
      reply.getHeader('set-cookie') === undefined &&
      (typeof payload === 'string' || Buffer.isBuffer(payload) || payload === null || payload === undefined);
    try {
      if (!keepable) {
        await releaseKey(db, claimed.row);
        return payload;
      }
      const body = Buffer.isBuffer(payload) ? payload : Buffer.from((payload as string | null | undefined) ?? '');
      const headers = Object.fromEntries(
        KEPT_HEADERS.flatMap((name) => {
          const value = reply.getHeader(name);
          return value === undefined ? [] : [[name, String(value)]];
        }),
      );
      await keepAnswer(db, claimed.row, {
        status: reply.statusCode,
        headers,
        body: seal(body, claimed.key, claimed.scope),
      });
    } catch (err) {
      // The request's effect stands either way; a retry after the claim's lock runs it again.
      request.log.error({ err }, 'could not keep the answer of an idempotent request');
    }
    return payload;
  });

  // An answer that never reached onSend (the connection broke first) leaves nothing to replay.
  app.addHook('onResponse', async (request) => {
    const claimed = claims.get(request);
    if (!claimed) return;
    claims.delete(request);
    await releaseKey(request.server.platform.db, claimed.row).catch(() => undefined);
  });
}
