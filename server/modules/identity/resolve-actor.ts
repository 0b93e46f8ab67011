import type { FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import type { ActorCache, ResolvedCredential } from './actor-cache.js';
import { malformedApiKey, unknownApiKey } from './errors.js';
import type { Actor } from './policies.js';
import { hashToken } from './secrets.js';
import { parseSessionCookie, SESSION_DAYS } from './session-cookie.js';

const API_KEY = /^cc_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;
const UUID_FROM_HEX = (h: string) =>
  `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

/** A session's sliding expiry and last-seen time are written at most this often. */
const SESSION_TOUCH_MS = 5 * 60_000;
/** An API key's "last used" is written at most this often. */
const API_KEY_TOUCH_MS = 60_000;

export interface Credential {
  actor: Actor;
  /** The actor's workspace slug (for the `x-cocreate-workspace` check); null when anonymous. */
  workspaceSlug: string | null;
}

const ANONYMOUS: Credential = { actor: { kind: 'anonymous', workspaceId: null }, workspaceSlug: null };

/**
 * Who is asking: an API key (`Authorization: Bearer cc_…`), a session (the cookie, or the
 * `x-cocreate-session` header the widget frame sends), or nobody. One query finds the key or the
 * session together with the person's role and the workspace; the answer is kept a few seconds in
 * `cache`, which commands that end sessions, change roles or revoke keys empty in every process.
 */
export async function resolveCredential(db: Db, cache: ActorCache, request: FastifyRequest): Promise<Credential> {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const match = auth.slice(7).trim().match(API_KEY);
    if (!match) throw malformedApiKey();
    return apiKeyCredential(db, cache, UUID_FROM_HEX(match[1]!), hashToken(match[2]!));
  }
  const header = request.headers['x-cocreate-session'];
  const cookie = parseSessionCookie(typeof header === 'string' ? header : request.cookies.cocreate_session);
  if (!cookie) return ANONYMOUS;
  return (await sessionCredential(db, cache, cookie.workspaceId, hashToken(cookie.token))) ?? ANONYMOUS;
}

async function apiKeyCredential(db: Db, cache: ActorCache, workspaceId: string, keyHash: string): Promise<Credential> {
  const cached = cache.apiKey(workspaceId, keyHash);
  if (cached) return copy(cached);
  const stamp = cache.stamp();
  const key = await db
    .selectFrom('api_keys as k')
    .innerJoin('workspaces as w', 'w.id', 'k.workspace_id')
    .select(['k.id', 'k.scopes', 'k.last_used_at', 'w.slug'])
    .where('k.workspace_id', '=', workspaceId)
    .where('k.key_hash', '=', keyHash)
    .where('k.revoked_at', 'is', null)
    .executeTakeFirst();
  if (!key) throw unknownApiKey();
  if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > API_KEY_TOUCH_MS) {
    await db
      .updateTable('api_keys')
      .set({ last_used_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', key.id)
      .execute();
  }
  const resolved: ResolvedCredential = {
    actor: { kind: 'api_key', workspaceId, keyId: key.id, scopes: key.scopes },
    workspaceSlug: key.slug,
  };
  cache.rememberApiKey(stamp, keyHash, resolved);
  return copy(resolved);
}

async function sessionCredential(
  db: Db,
  cache: ActorCache,
  workspaceId: string,
  tokenHash: string,
): Promise<Credential | null> {
  const cached = cache.session(workspaceId, tokenHash);
  if (cached) return copy(cached);
  const stamp = cache.stamp();
  const session = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', (j) => j.onRef('u.workspace_id', '=', 's.workspace_id').onRef('u.id', '=', 's.user_id'))
    .innerJoin('workspaces as w', 'w.id', 's.workspace_id')
    .select(['s.user_id', 's.last_seen_at', 's.expires_at', 'u.role', 'w.slug'])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', sql<Date>`now()`)
    .where('u.status', '=', 'active')
    .executeTakeFirst();
  if (!session) return null;
  let expiresAt = session.expires_at;
  if (Date.now() - session.last_seen_at.getTime() > SESSION_TOUCH_MS) {
    const touched = await db
      .updateTable('sessions')
      .set({
        last_seen_at: sql<Date>`now()`,
        expires_at: sql<Date>`now() + make_interval(days => ${SESSION_DAYS})`,
      })
      .where('workspace_id', '=', workspaceId)
      .where('token_hash', '=', tokenHash)
      .returning('expires_at')
      .executeTakeFirst();
    // Signed out between the two statements: the session is gone.
    if (!touched) return null;
    expiresAt = touched.expires_at;
  }
  const resolved: ResolvedCredential = {
    actor: { kind: 'user', workspaceId, userId: session.user_id, role: session.role, sessionHash: tokenHash },
    workspaceSlug: session.slug,
  };
  cache.rememberSession(stamp, tokenHash, resolved, expiresAt);
  return copy(resolved);
}

/** Requests get their own actor object: a handler that changed one must not change the cached one. */
const copy = (r: ResolvedCredential): Credential => ({ actor: { ...r.actor }, workspaceSlug: r.workspaceSlug });
