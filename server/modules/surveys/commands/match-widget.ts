import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { findPerson, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { mayAsk, noteAsked, workspaceCooldown } from '../contact-budget.js';
import { answerableReason, type SurveyRow } from '../survey-rows.js';

/** Whether a respondent's attributes satisfy a survey's audience (every listed attribute equal). */
export function inAudience(audience: Record<string, unknown>, attributes: Record<string, unknown> | null): boolean {
  const wanted = Object.entries(audience);
  if (wanted.length === 0) return true;
  return attributes !== null && wanted.every(([k, v]) => attributes[k] === v);
}

/**
 * Picks the survey the widget should show for a tracked event (or the feedback button's survey
 * when no event is given). Tracked events honour audience, sampling, opt-out and the contact
 * budget, which showing the survey spends; the feedback button is asked for, so it does neither.
 */
export async function matchWidget(
  ctx: CommandContext,
  input: { event?: string | undefined; askedAt?: string | undefined },
  draw: () => number = Math.random,
) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    let query = tx
      .selectFrom('surveys')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'open');
    query = input.event
      ? query.where(sql<boolean>`widget_events @> array[${input.event}]::text[]`)
      : query.where('feedback_button', '=', true);
    const candidates = (await query.orderBy('created_at', 'desc').execute()) as SurveyRow[];
    const open: SurveyRow[] = [];
    for (const s of candidates) if (!(await answerableReason(tx, s))) open.push(s);
    if (!input.event) return { slug: open[0]?.slug ?? null, reason: open[0] ? null : 'no_feedback_survey' };
    const user = ctx.actor.kind === 'user' ? await findPerson(tx, workspaceId, ctx.actor.userId) : undefined;
    let reason = 'no_matching_survey';
    for (const survey of open) {
      if (!inAudience(survey.audience, user?.attributes ?? null)) {
        reason = 'audience';
        continue;
      }
      if (draw() >= survey.sampling_rate) {
        reason = 'sampled_out';
        continue;
      }
      const contact = { userId: user?.id ?? null, email: user?.email ?? null };
      const verdict = await mayAsk(tx, workspaceId, contact, survey);
      if (verdict !== 'ok') {
        reason = verdict;
        continue;
      }
      if (!user && input.askedAt) {
        // An anonymous visitor's budget lives in their browser; the rule is the same.
        const days = survey.contact_cooldown_days ?? (await workspaceCooldown(tx, workspaceId));
        if (Date.now() - new Date(input.askedAt).getTime() < days * 86_400_000) {
          reason = 'contact_budget';
          continue;
        }
      }
      await noteAsked(tx, workspaceId, contact, survey.id, 'widget');
      return { slug: survey.slug, reason: null };
    }
    return { slug: null, reason };
  });
}
