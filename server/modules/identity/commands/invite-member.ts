import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { alreadyMember } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { queueMail } from '../../../platform/mail/index.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { invitationMail } from '../mail-templates.js';
import { requireWorkspace } from '../policies.js';
import { compoundToken, hashToken, randomToken } from '../secrets.js';
import type { InvitationsTable } from '../tables.js';

export const INVITATION_DAYS = 7;

/** Invites a staff member by email; the link expires after seven days. */
export async function inviteMember(ctx: CommandContext, input: { email: string; role: InvitationsTable['role'] }) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const member = await tx
      .selectFrom('users')
      .select('role')
      .where('workspace_id', '=', workspaceId)
      .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
      .executeTakeFirst();
    if (member && member.role !== 'customer') throw alreadyMember(input.email);
    // A new invitation replaces any open one for the same address.
    await tx
      .updateTable('invitations')
      .set({ revoked_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('email', '=', input.email)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
    const secret = randomToken();
    const invitation = await tx
      .insertInto('invitations')
      .values({
        workspace_id: workspaceId,
        id: newId(),
        email: input.email,
        role: input.role,
        token_hash: hashToken(secret),
        invited_by:
          ctx.actor.kind === 'user' ? ctx.actor.userId : ctx.actor.kind === 'api_key' ? ctx.actor.keyId : workspaceId,
        expires_at: sql<Date>`now() + make_interval(days => ${INVITATION_DAYS})` as unknown as Date,
      })
      .returningAll()
      .executeTakeFirstOrThrow();

    const workspace = await tx
      .selectFrom('workspaces')
      .select(['name', 'default_locale'])
      .where('id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    const inviter =
      ctx.actor.kind === 'user'
        ? (
            await tx
              .selectFrom('users')
              .select('display_name')
              .where('workspace_id', '=', workspaceId)
              .where('id', '=', ctx.actor.userId)
              .executeTakeFirstOrThrow()
          ).display_name
        : workspace.name;
    const link = `${ctx.config.publicUrl}/console/accept-invitation?token=${compoundToken(workspaceId, secret)}`;
    await queueMail(tx, {
      to: input.email,
      ...invitationMail(workspace.default_locale, workspace.name, inviter, input.role, link),
      workspaceId,
    });
    await record(tx, {
      name: IdentityEvents.memberInvited,
      workspaceId,
      actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      payload: { invitationId: invitation.id, role: input.role },
    });
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'member.invited',
      targetType: 'invitation',
      targetId: invitation.id,
      details: { email: input.email, role: input.role },
    });
    return invitation;
  });
}
