import { withTransaction } from '../../../platform/db/index.js';
import type { CommandContext } from '../context.js';
import { mailLinkByEmail } from '../link-mail.js';
import { signInLinkMail } from '../mail-templates.js';
import { requireWorkspace } from '../policies.js';

export const SIGN_IN_LINK_MINUTES = 15;

/**
 * "Email me a sign-in link": a 15-minute single-use link to the account's address. It works
 * whatever the lockout, so strangers guessing passwords cannot keep the owner out. Answers the
 * same whether or not the account exists.
 */
export async function requestSignInLink(ctx: CommandContext, email: string): Promise<void> {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, (tx) =>
    mailLinkByEmail(tx, ctx.config, {
      workspaceId,
      email,
      purpose: 'sign_in',
      minutes: SIGN_IN_LINK_MINUTES,
      path: '/sign-in-link',
      mail: signInLinkMail,
    }),
  );
}
