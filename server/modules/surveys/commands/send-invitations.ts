import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { requireWorkspace, audit, findPeople, type CommandContext } from '../../identity/index.js';
import { invite } from '../invitations.js';
import type { SendInvitationsSchema } from '../schemas.js';
import { assertAnswerable, findSurvey } from '../survey-rows.js';

/**
 * Invites customers (by id) and people (by email) with single-use personal links; the mails go
 * through the job queue. Opted-out people and those asked within the contact budget are skipped.
 */
export async function sendInvitations(
  ctx: CommandContext,
  surveyId: string,
  input: z.infer<typeof SendInvitationsSchema>,
) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const survey = await findSurvey(tx, workspaceId, surveyId);
    await assertAnswerable(tx, survey);
    const users = await findPeople(tx, workspaceId, { ids: input.customerIds, emails: input.emails, activeOnly: true });
    const targets = new Map<string, { userId: string | null; email: string | null; locale: string | null }>();
    for (const u of users)
      targets.set(u.email?.toLowerCase() ?? u.id, { userId: u.id, email: u.email, locale: u.locale });
    for (const email of input.emails)
      if (!targets.has(email)) targets.set(email, { userId: null, email, locale: null });
    const result = {
      sent: 0,
      skipped: {
        optedOut: 0,
        contactBudget: 0,
        unknown: input.customerIds.filter((id) => !users.some((u) => u.id === id)).length,
      },
      links: [] as { email: string | null; customerId: string | null; url: string }[],
    };
    for (const target of targets.values()) {
      const outcome = await invite(tx, survey, target, {
        channel: input.channel,
        touchpoint: input.touchpoint ?? null,
        baseUrl: ctx.config.publicUrl,
        actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      });
      if ('url' in outcome) {
        result.sent++;
        result.links.push({ email: target.email, customerId: target.userId, url: outcome.url });
      } else if (outcome.refused === 'opted_out') result.skipped.optedOut++;
      else if (outcome.refused === 'contact_budget') result.skipped.contactBudget++;
    }
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'survey.invitations_sent',
      targetType: 'survey',
      targetId: surveyId,
      details: { sent: result.sent, channel: input.channel },
    });
    return result;
  });
}
