import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { UserTokensTable } from './tables.js';
import { hashToken, parseCompoundToken } from './secrets.js';

/** Uses up a single-use link token (email verification, password reset); throws if it is not valid. */
export async function consumeUserToken(tx: Tx, token: string, purpose: UserTokensTable['purpose']): Promise<{ workspaceId: string; userId: string }> {
  const invalid = new AppError('invalid_token', 400, 'This link is not valid or has expired. Ask for a new one.');
  const parsed = parseCompoundToken(token);
  if (!parsed) throw invalid;
  const row = await tx
    .updateTable('user_tokens')
    .set({ used_at: sql<Date>`now()` })
    .where('workspace_id', '=', parsed.workspaceId)
    .where('token_hash', '=', hashToken(parsed.secret))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .returning(['user_id'])
    .executeTakeFirst();
  if (!row) throw invalid;
  return { workspaceId: parsed.workspaceId, userId: row.user_id };
}
