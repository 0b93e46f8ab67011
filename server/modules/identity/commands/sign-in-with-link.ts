import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { invalidLinkToken } from '../errors.js';
import type { CommandContext } from '../context.js';
import { clearAllFailures } from '../login-throttle.js';
import { openSession } from '../sessions.js';
import { consumeUserToken } from '../user-tokens.js';

/**
 * Signs in with a mailed sign-in link (single use). Following it proves the address, so it also
 * verifies the email and lifts any lockout on the account.
 */
export async function signInWithLink(ctx: CommandContext, token: string) {
  return withTransaction(ctx.db, async (tx) => {
    const { workspaceId, userId } = await consumeUserToken(tx, token, 'sign_in');
    const user = await tx
      .updateTable('users')
      .set({ email_verified_at: sql<Date>`coalesce(email_verified_at, now())` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', userId)
      .where('status', '=', 'active')
      .returning(['email'])
      .executeTakeFirst();
    if (!user) throw invalidLinkToken();
    if (user.email) await clearAllFailures(tx, workspaceId, user.email);
    const sessionToken = await openSession(tx, workspaceId, userId, ctx.origin);
    return { workspaceId, userId, token: sessionToken };
  });
}
