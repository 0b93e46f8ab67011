import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { openSession } from '../sessions.js';
import { consumeUserToken } from '../user-tokens.js';

/**
 * Marks an email verified from the link in the verification mail (single use) and signs its
 * owner in: the link proves the address, and sign-up itself signs no one in.
 */
export async function verifyEmail(ctx: CommandContext, linkToken: string) {
  return withTransaction(ctx.db, async (tx) => {
    const { workspaceId, userId } = await consumeUserToken(tx, linkToken, 'verify_email');
    await tx
      .updateTable('users')
      .set({ email_verified_at: sql<Date>`coalesce(email_verified_at, now())` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', userId)
      .execute();
    await record(tx, {
      name: IdentityEvents.emailVerified,
      workspaceId,
      actorId: userId,
      customerId: userId,
      payload: { userId },
    });
    return { workspaceId, userId, token: await openSession(tx, workspaceId, userId, ctx.origin) };
  });
}
