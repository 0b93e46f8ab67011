import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { invalidLinkToken } from './errors.js';
import type { UserTokensTable } from './tables.js';
import { compoundToken, hashToken, parseCompoundToken, randomToken } from './secrets.js';

/** Issues a single-use link token for a known account; returns it as the link carries it. */
export async function issueUserToken(
  tx: Tx,
  account: { workspaceId: string; userId: string },
  purpose: UserTokensTable['purpose'],
  minutes: number,
): Promise<string> {
  const secret = randomToken();
  await tx
    .insertInto('user_tokens')
    .values({
      workspace_id: account.workspaceId,
      token_hash: hashToken(secret),
      user_id: account.userId,
      purpose,
      expires_at: sql<Date>`now() + make_interval(mins => ${minutes})` as unknown as Date,
    })
    .execute();
  return compoundToken(account.workspaceId, secret);
}

/** Uses up a single-use link token (email verification, password reset, sign-in); throws if it is not valid. */
export async function consumeUserToken(
  tx: Tx,
  token: string,
  purpose: UserTokensTable['purpose'],
): Promise<{ workspaceId: string; userId: string }> {
  const parsed = parseCompoundToken(token);
  if (!parsed) throw invalidLinkToken();
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
  if (!row) throw invalidLinkToken();
  return { workspaceId: parsed.workspaceId, userId: row.user_id };
}
