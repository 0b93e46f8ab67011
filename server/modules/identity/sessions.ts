import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database, Tx } from '../../platform/db/index.js';
import { forgetUser } from './actor-cache.js';
import type { Origin } from './audit.js';
import { hashToken, randomToken } from './secrets.js';
import { SESSION_DAYS } from './session-cookie.js';

/** Opens a server-side session; returns the token for the cookie (stored only hashed). */
export async function openSession(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string,
  origin: Origin,
): Promise<string> {
  const token = randomToken();
  await db
    .insertInto('sessions')
    .values({
      workspace_id: workspaceId,
      token_hash: hashToken(token),
      user_id: userId,
      expires_at: sql<Date>`now() + make_interval(days => ${SESSION_DAYS})` as unknown as Date,
      ip: origin.ip,
      user_agent: origin.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  await db
    .updateTable('users')
    .set({ last_seen_at: sql<Date>`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', userId)
    .execute();
  return token;
}

/**
 * Ends every session of a user (sign out everywhere, password change, removal), in every
 * process's cache of resolved sessions too once `tx` commits.
 */
export async function closeAllSessions(
  tx: Tx,
  workspaceId: string,
  userId: string,
  exceptHash?: string,
): Promise<void> {
  let q = tx.deleteFrom('sessions').where('workspace_id', '=', workspaceId).where('user_id', '=', userId);
  if (exceptHash) q = q.where('token_hash', '<>', exceptHash);
  await q.execute();
  await forgetUser(tx, workspaceId, userId);
}
