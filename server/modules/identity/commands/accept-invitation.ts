import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { withTransaction } from '../../../platform/db/index.js';
import { alreadyMemberSignIn, invalidInvitationToken } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { linkAccounts } from '../account-links.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { hashPassword, hashToken, parseCompoundToken } from '../secrets.js';
import { closeAllSessions, openSession } from '../sessions.js';

/** Finds an open invitation from its link token (used by the preview and the accept command). */
export async function findOpenInvitation(tx: Tx | CommandContext['db'], token: string) {
  const parsed = parseCompoundToken(token);
  if (!parsed) throw invalidInvitationToken();
  const invitation = await tx
    .selectFrom('invitations')
    .selectAll()
    .where('workspace_id', '=', parsed.workspaceId)
    .where('token_hash', '=', hashToken(parsed.secret))
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', sql<Date>`now()`)
    .executeTakeFirst();
  if (!invitation) throw invalidInvitationToken();
  return invitation;
}

/**
 * The invited person sets a name and password and joins as staff. If they already had a
 * customer account with that address, it becomes the staff account. Accepted while signed in
 * as staff of another workspace, the new account is linked to that one: the mailed token and
 * the live session together prove both are the same person's.
 */
export async function acceptInvitation(
  ctx: CommandContext,
  input: { token: string; displayName: string; password: string },
) {
  const passwordHash = await hashPassword(input.password);
  return withTransaction(ctx.db, async (tx) => {
    const invitation = await findOpenInvitation(tx, input.token);
    const ws = invitation.workspace_id;
    await tx
      .updateTable('invitations')
      .set({ accepted_at: sql<Date>`now()` })
      .where('workspace_id', '=', ws)
      .where('id', '=', invitation.id)
      .execute();
    const existing = await tx
      .selectFrom('users')
      .select(['id', 'role'])
      .where('workspace_id', '=', ws)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', invitation.email))
      .executeTakeFirst();
    if (existing && existing.role !== 'customer') throw alreadyMemberSignIn();
    const userId = existing?.id ?? newId();
    const values = {
      password_hash: passwordHash,
      display_name: input.displayName,
      role: invitation.role,
      email_verified_at: sql<Date>`now()` as unknown as Date,
      status: 'active' as const,
    };
    if (existing) {
      await tx.updateTable('users').set(values).where('workspace_id', '=', ws).where('id', '=', userId).execute();
      // Whoever was signed in to the customer account (perhaps someone who signed up with this
      // address without owning it) must not carry the staff role the invitation brings.
      await closeAllSessions(tx, ws, userId);
    } else
      await tx
        .insertInto('users')
        .values({ workspace_id: ws, id: userId, email: invitation.email, ...values })
        .execute();
    const actor = { kind: 'user' as const, workspaceId: ws, userId, role: invitation.role, sessionHash: '' };
    const current = ctx.actor;
    if (current.kind === 'user' && current.role !== 'customer' && current.workspaceId !== ws) {
      await linkAccounts(tx, current, { workspaceId: ws, userId }, 'invitation');
    }
    await record(tx, {
      name: IdentityEvents.memberJoined,
      workspaceId: ws,
      actorId: userId,
      payload: { userId, role: invitation.role, invitationId: invitation.id },
    });
    await audit(tx, actor, ctx.origin, {
      action: 'member.joined',
      targetType: 'user',
      targetId: userId,
      details: { role: invitation.role },
    });
    const token = await openSession(tx, ws, userId, ctx.origin);
    return { workspaceId: ws, userId, token };
  });
}
