import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { openInvitationNotFound } from '../errors.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { requireWorkspace } from '../policies.js';

/** Withdraws an invitation that has not been accepted yet. */
export async function revokeInvitation(ctx: CommandContext, id: string): Promise<void> {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .updateTable('invitations')
      .set({ revoked_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .returning(['email'])
      .executeTakeFirst();
    if (!row) throw openInvitationNotFound();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'member.invitation_revoked',
      targetType: 'invitation',
      targetId: id,
      details: { email: row.email },
    });
  });
}
