import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { queueMail } from '../../../platform/mail/index.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { accountExistsMail } from '../mail-templates.js';
import { requireWorkspace } from '../policies.js';
import type { SignUpInput } from '../schemas.js';
import { hashPassword } from '../secrets.js';
import { issueUserToken } from '../user-tokens.js';
import { sendVerification } from './send-verification.js';
import { SIGN_IN_LINK_MINUTES } from './request-sign-in-link.js';

/**
 * A customer signs up with email and password. The answer is the same whether or not the
 * address has an account, and nobody is signed in by it: a new address gets its account and a
 * verification link; an address that has an account (with or without a password) is mailed a
 * sign-in link and the way to reset the password instead, and the account is left as it was.
 * Only the mailbox's owner learns which happened.
 */
export async function signUp(ctx: CommandContext, input: SignUpInput): Promise<void> {
  const workspaceId = requireWorkspace(ctx.actor);
  const passwordHash = await hashPassword(input.password);
  await withTransaction(ctx.db, async (tx) => {
    const existing = await tx
      .selectFrom('users')
      .innerJoin('workspaces', 'workspaces.id', 'users.workspace_id')
      .select([
        'users.id',
        'users.email',
        'users.locale',
        'users.status',
        'workspaces.name',
        'workspaces.default_locale',
      ])
      .where('users.workspace_id', '=', workspaceId)
      .where((eb) => eb(eb.fn('lower', ['users.email']), '=', input.email))
      .executeTakeFirst();
    if (existing) {
      if (existing.status !== 'active') return;
      const signInToken = await issueUserToken(
        tx,
        { workspaceId, userId: existing.id },
        'sign_in',
        SIGN_IN_LINK_MINUTES,
      );
      const mail = accountExistsMail(
        existing.locale ?? existing.default_locale,
        existing.name,
        `${ctx.config.publicUrl}/sign-in-link?token=${signInToken}`,
        `${ctx.config.publicUrl}/forgot-password`,
      );
      await queueMail(tx, { to: existing.email ?? input.email, ...mail, workspaceId });
      return;
    }
    const userId = newId();
    await tx
      .insertInto('users')
      .values({
        workspace_id: workspaceId,
        id: userId,
        email: input.email,
        password_hash: passwordHash,
        display_name: input.displayName,
        locale: input.locale ?? null,
        role: 'customer',
      })
      .execute();
    await record(tx, {
      name: IdentityEvents.userSignedUp,
      workspaceId,
      actorId: userId,
      customerId: userId,
      touchpoint: 'portal',
      payload: { userId },
    });
    await sendVerification(tx, ctx.config, {
      workspaceId,
      id: userId,
      email: input.email,
      locale: input.locale ?? null,
    });
  });
}
