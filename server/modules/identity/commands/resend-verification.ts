import { withTransaction } from '../../../platform/db/index.js';
import { alreadyVerified, noEmail } from '../errors.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { sendVerification } from './send-verification.js';

/** Sends a fresh verification link to the signed-in person's own address. */
export async function resendVerification(ctx: CommandContext): Promise<void> {
  const actor = requireUser(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'email', 'email_verified_at', 'locale'])
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.userId)
      .executeTakeFirstOrThrow();
    if (!user.email) throw noEmail();
    if (user.email_verified_at) throw alreadyVerified();
    await sendVerification(tx, ctx.config, {
      workspaceId: actor.workspaceId,
      id: user.id,
      email: user.email,
      locale: user.locale,
    });
  });
}
