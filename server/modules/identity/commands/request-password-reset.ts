import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { queueMail } from '../../../platform/mail/index.js';
import type { CommandContext } from '../context.js';
import { resetPasswordMail } from '../mail-templates.js';
import { requireWorkspace } from '../policies.js';
import { compoundToken, hashToken, randomToken } from '../secrets.js';

/** Mails a one-hour reset link if the account exists; answers the same either way. */
export async function requestPasswordReset(ctx: CommandContext, email: string): Promise<void> {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    const user = await tx
      .selectFrom('users')
      .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
      .select(['users.id', 'users.email', 'users.locale', 'workspaces.name', 'workspaces.default_locale'])
      .where('users.workspace_id', '=', workspaceId)
      .where((eb) => eb(eb.fn('lower', ['users.email']), '=', email))
      .where('users.status', '=', 'active')
      .executeTakeFirst();
    if (!user?.email) return;
    const secret = randomToken();
    await tx.insertInto('user_tokens').values({
      workspace_id: workspaceId,
      token_hash: hashToken(secret),
      user_id: user.id,
      purpose: 'reset_password',
      expires_at: sql<Date>`now() + interval '1 hour'` as unknown as Date,
    }).execute();
    const link = `${ctx.config.publicUrl}/reset-password?token=${compoundToken(workspaceId, secret)}`;
    await queueMail(tx, { to: user.email, ...resetPasswordMail(user.locale ?? user.default_locale, user.name, link), workspaceId });
  });
}
