import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { unauthenticated } from '../../../platform/errors.js';
import { invitationNeeded, invitationNotFound } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { getPerson, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { contactKeys } from '../contact-budget.js';
import { SurveyEvents } from '../events.js';
import { hashToken } from '../secrets.js';

/**
 * Stops all survey invitations to a person: the signed-in customer, or whoever holds a personal
 * link (the opt-out link in every invitation mail works without signing in).
 */
export async function optOut(ctx: CommandContext, invitationToken: string | undefined, optedOut = true) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    let contact: { userId: string | null; email: string | null };
    if (invitationToken) {
      const invitation = await tx
        .selectFrom('survey_invitations')
        .select(['user_id', 'email'])
        .where('workspace_id', '=', workspaceId)
        .where('token_hash', '=', hashToken(invitationToken))
        .executeTakeFirst();
      if (!invitation) throw invitationNotFound();
      contact = { userId: invitation.user_id, email: invitation.email };
    } else if (ctx.actor.kind === 'user') {
      const me = await getPerson(tx, workspaceId, ctx.actor.userId);
      contact = { userId: me.id, email: me.email };
    } else throw invitationNeeded();
    const keys = contactKeys(contact);
    if (optedOut) {
      await tx
        .insertInto('survey_opt_outs')
        .values(keys.map((contact_key) => ({ workspace_id: workspaceId, contact_key })))
        .onConflict((oc) => oc.doNothing())
        .execute();
      await record(tx, {
        name: SurveyEvents.customerOptedOut,
        workspaceId,
        actorId: contact.userId,
        customerId: contact.userId,
        payload: { optedOut: true },
      });
    } else {
      await tx
        .deleteFrom('survey_opt_outs')
        .where('workspace_id', '=', workspaceId)
        .where('contact_key', 'in', keys)
        .execute();
    }
    return { optedOut };
  });
}

/** Whether the signed-in person has opted out. */
export async function isOptedOut(ctx: CommandContext): Promise<boolean> {
  const workspaceId = requireWorkspace(ctx.actor);
  if (ctx.actor.kind !== 'user') throw unauthenticated();
  const me = await getPerson(ctx.db, workspaceId, ctx.actor.userId);
  const row = await ctx.db
    .selectFrom('survey_opt_outs')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('contact_key', 'in', contactKeys({ userId: me.id, email: me.email }))
    .executeTakeFirstOrThrow();
  return row.n > 0;
}
