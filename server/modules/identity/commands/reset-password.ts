import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import type { CommandContext } from '../context.js';
import { hashPassword, hashToken, parseCompoundToken } from '../secrets.js';
import { closeAllSessions, openSession } from '../sessions.js';

/**
 * Sets a new password from a reset link (single use), ends every other session, clears the
 * lockout and signs the person in. Following the link also proves the email address.
 */
export async function resetPassword(ctx: CommandContext, input: { token: string; password: string }) {
  const parsed = parseCompoundToken(input.token);
  const invalid = new AppError('invalid_token', 400, 'This link is not valid or has expired. Ask for a new one.');
  if (!parsed) throw invalid;
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .updateTable('user_tokens')
      .set({ used_at: sql<Date>`now()` })
      .where('workspace_id', '=', parsed.workspaceId)
      .where('token_hash', '=', hashToken(parsed.secret))
      .where('purpose', '=', 'reset_password')
      .where('used_at', 'is', null)
      .where('expires_at', '>', sql<Date>`now()`)
      .returning(['user_id'])
      .executeTakeFirst();
    if (!row) throw invalid;
    const user = await tx
      .updateTable('users')
      .set({ password_hash: passwordHash, email_verified_at: sql<Date>`coalesce(email_verified_at, now())`, updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', parsed.workspaceId)
      .where('id', '=', row.user_id)
      .returning(['email'])
      .executeTakeFirstOrThrow();
    if (user.email) await tx.deleteFrom('login_failures').where('workspace_id', '=', parsed.workspaceId).where('email', '=', user.email.toLowerCase()).execute();
    await closeAllSessions(tx, parsed.workspaceId, row.user_id);
    const token = await openSession(tx, parsed.workspaceId, row.user_id, ctx.origin);
    return { workspaceId: parsed.workspaceId, userId: row.user_id, token };
  });
}
