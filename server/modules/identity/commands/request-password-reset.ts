import { withTransaction } from '../../../platform/db/index.js';
import type { CommandContext } from '../context.js';
import { mailLinkByEmail } from '../link-mail.js';
import { resetPasswordMail } from '../mail-templates.js';
import { requireWorkspace } from '../policies.js';

export const RESET_LINK_MINUTES = 60;

/**
 * Mails a one-hour reset link if the account exists, a "no account here" note if not; the
 * answer and the work are the same either way.
 */
export async function requestPasswordReset(ctx: CommandContext, email: string): Promise<void> {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, (tx) =>
    mailLinkByEmail(tx, ctx.config, {
      workspaceId,
      email,
      purpose: 'reset_password',
      minutes: RESET_LINK_MINUTES,
      path: '/reset-password',
      mail: resetPasswordMail,
    }),
  );
}
