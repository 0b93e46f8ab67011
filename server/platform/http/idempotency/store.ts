import { sql } from 'kysely';
import type { Db } from '../../db/open-database.js';
import './table.js';

/** Which row: the workspace, the caller and the hash of the key. */
export interface KeyRow {
  workspaceId: string;
  caller: string;
  keyHash: string;
}

/** The first answer, as kept. */
export interface KeptAnswer {
  status: number;
  headers: Record<string, string>;
  /** Sealed (see sealing.ts). */
  body: Buffer;
}

export type Claim =
  { kind: 'claimed' } | { kind: 'running' } | { kind: 'done'; answer: KeptAnswer } | { kind: 'other_request' };

/** How long a claim holds before a retry may take it over (its request is taken to have died). */
const LOCK = sql`interval '2 minutes'`;
/** How long a key and its answer are kept. */
const KEEP = sql`interval '24 hours'`;

const row = (db: Db, k: KeyRow) =>
  db
    .selectFrom('platform_idempotency_keys')
    .where('workspace_id', '=', k.workspaceId)
    .where('caller', '=', k.caller)
    .where('key_hash', '=', k.keyHash);

/**
 * Claims the key for this request with one insert that does nothing when the row exists, so
 * that of concurrent retries exactly one goes on to the handler. Otherwise says what the row
 * holds: the first answer, a request still running, or another request under the same key. A
 * row past its 24 hours (not yet swept) is deleted and claimed afresh; a running claim past its
 * lock is taken over.
 */
export async function claimKey(db: Db, k: KeyRow, requestHash: string): Promise<Claim> {
  for (;;) {
    const inserted = await db
      .insertInto('platform_idempotency_keys')
      .values({
        workspace_id: k.workspaceId,
        caller: k.caller,
        key_hash: k.keyHash,
        request_hash: requestHash,
        locked_until: sql<Date>`now() + ${LOCK}`,
        expires_at: sql<Date>`now() + ${KEEP}`,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('key_hash')
      .executeTakeFirst();
    if (inserted) return { kind: 'claimed' };

    const existing = await row(db, k)
      .select([
        'request_hash',
        'status',
        'response_status',
        'response_headers',
        sql<string | null>`encode(response_body, 'base64')`.as('body'),
        sql<boolean>`expires_at <= now()`.as('expired'),
        sql<boolean>`locked_until < now()`.as('stale'),
      ])
      .executeTakeFirst();
    if (!existing) continue; // swept meanwhile: claim again
    if (existing.expired) {
      await db
        .deleteFrom('platform_idempotency_keys')
        .where('workspace_id', '=', k.workspaceId)
        .where('caller', '=', k.caller)
        .where('key_hash', '=', k.keyHash)
        .where(sql<boolean>`expires_at <= now()`)
        .execute();
      continue;
    }
    if (existing.request_hash !== requestHash) return { kind: 'other_request' };
    if (existing.status === 'done' && existing.response_status !== null && existing.body !== null)
      return {
        kind: 'done',
        answer: {
          status: existing.response_status,
          headers: existing.response_headers ?? {},
          body: Buffer.from(existing.body, 'base64'),
        },
      };
    if (existing.stale) {
      const taken = await db
        .updateTable('platform_idempotency_keys')
        .set({ locked_until: sql<Date>`now() + ${LOCK}` })
        .where('workspace_id', '=', k.workspaceId)
        .where('caller', '=', k.caller)
        .where('key_hash', '=', k.keyHash)
        .where('status', '=', 'running')
        .where(sql<boolean>`locked_until < now()`)
        .returning('key_hash')
        .executeTakeFirst();
      if (taken) return { kind: 'claimed' };
      continue;
    }
    return { kind: 'running' };
  }
}

/** Keeps the first answer for retries. */
export async function keepAnswer(db: Db, k: KeyRow, answer: KeptAnswer): Promise<void> {
  await db
    .updateTable('platform_idempotency_keys')
    .set({
      status: 'done',
      locked_until: sql<Date>`now()`,
      response_status: answer.status,
      response_headers: JSON.stringify(answer.headers),
      response_body: sql<Buffer>`decode(${answer.body.toString('base64')}, 'base64')`,
    })
    .where('workspace_id', '=', k.workspaceId)
    .where('caller', '=', k.caller)
    .where('key_hash', '=', k.keyHash)
    .execute();
}

/** Gives the key up (the answer is not one to replay), so that a retry runs the request again. */
export async function releaseKey(db: Db, k: KeyRow): Promise<void> {
  await db
    .deleteFrom('platform_idempotency_keys')
    .where('workspace_id', '=', k.workspaceId)
    .where('caller', '=', k.caller)
    .where('key_hash', '=', k.keyHash)
    .where('status', '=', 'running')
    .execute();
}

/** Deletes the keys past their 24 hours; returns how many. */
export async function sweepExpiredKeys(db: Db): Promise<number> {
  const result = await db
    .deleteFrom('platform_idempotency_keys')
    .where(sql<boolean>`expires_at < now()`)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
