import { withTransaction } from '../../../platform/db/index.js';
import { conflict } from '../../../platform/errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { requireWorkspace } from '../policies.js';
import type { SignUpInput } from '../schemas.js';
import { hashPassword } from '../secrets.js';
import { openSession } from '../sessions.js';
import { sendVerification } from './send-verification.js';

/**
 * A customer signs up with email and password: the account is created, signed in, and sent a
 * verification link. An email that already has a password answers like success would look to
 * others, so sign-up cannot be used to find out who has an account.
 */
export async function signUp(ctx: CommandContext, input: SignUpInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx.db, async (tx) => {
    const existing = await tx
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
      .executeTakeFirst();
    if (existing?.password_hash) throw conflict('email_registered', 'This email cannot be used to sign up. If it is yours, sign in or reset your password.');
    const userId = existing?.id ?? newId();
    if (existing) {
      // A customer first seen through the brand's site (identified, no password) claims the account.
      await tx.updateTable('users').set({ password_hash: passwordHash, display_name: input.displayName, locale: input.locale ?? null })
        .where('workspace_id', '=', workspaceId).where('id', '=', userId).execute();
    } else {
      await tx.insertInto('users').values({
        workspace_id: workspaceId,
        id: userId,
        email: input.email,
        password_hash: passwordHash,
        display_name: input.displayName,
        locale: input.locale ?? null,
        role: 'customer',
      }).execute();
    }
    await record(tx, { name: IdentityEvents.userSignedUp, workspaceId, actorId: userId, customerId: userId, touchpoint: 'portal', payload: { userId } });
    await sendVerification(tx, ctx.config, { workspaceId, id: userId, email: input.email, locale: input.locale ?? null });
    const token = await openSession(tx, workspaceId, userId, ctx.origin);
    return { workspaceId, userId, token };
  });
}
