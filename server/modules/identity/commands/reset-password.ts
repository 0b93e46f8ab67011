import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import type { CommandContext } from '../context.js';
import { clearAllFailures } from '../login-throttle.js';
import { hashPassword } from '../secrets.js';
import { closeAllSessions, openSession } from '../sessions.js';
import { consumeUserToken } from '../user-tokens.js';

/**
 * Sets a new password from a reset link (single use), ends every other session, clears the
 * lockout and signs the person in. Following the link also proves the email address.
 */
export async function resetPassword(ctx: CommandContext, input: { token: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx.db, async (tx) => {
    const { workspaceId, userId } = await consumeUserToken(tx, input.token, 'reset_password');
    const user = await tx
      .updateTable('users')
      .set({
        password_hash: passwordHash,
        email_verified_at: sql<Date>`coalesce(email_verified_at, now())`,
        updated_at: sql<Date>`now()`,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', userId)
      .returning(['email'])
      .executeTakeFirstOrThrow();
    if (user.email) await clearAllFailures(tx, workspaceId, user.email);
    await closeAllSessions(tx, workspaceId, userId);
    const token = await openSession(tx, workspaceId, userId, ctx.origin);
    return { workspaceId, userId, token };
  });
}
