import { sql } from 'kysely';
import { withTransaction, type Tx } from '../../../platform/db/index.js';
import { kanoIdeaUnknown, questionTypeLocked, slugTaken } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { audit, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { SurveyEvents } from '../events.js';
import { announceSurveySaved } from '../hot-read-area.js';
import type { SurveyInput } from '../schemas.js';
import { findSurvey } from '../survey-rows.js';

function columns(input: SurveyInput) {
  return {
    slug: input.slug,
    title: JSON.stringify(input.title),
    welcome: JSON.stringify(input.welcome),
    thanks: JSON.stringify(input.thanks),
    questions: JSON.stringify(input.questions),
    opens_at: input.opensAt ? new Date(input.opensAt) : null,
    closes_at: input.closesAt ? new Date(input.closesAt) : null,
    sampling_rate: input.samplingRate,
    quota: input.quota,
    contact_cooldown_days: input.contactCooldownDays,
    trigger_events: input.triggerEvents,
    widget_events: input.widgetEvents,
    audience: JSON.stringify(input.audience),
    feedback_button: input.feedbackButton,
    anonymous: input.anonymous,
  };
}

async function assertSlugFree(tx: Tx, workspaceId: string, slug: string, id: string | null) {
  const clash = await tx
    .selectFrom('surveys')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (clash && clash.id !== id) throw slugTaken(slug);
}

/** A KANO feature links to an idea of this workspace, never to an id from elsewhere. */
async function assertIdeasExist(tx: Tx, workspaceId: string, input: SurveyInput) {
  const linked = input.questions.flatMap((q, i) => (q.kano?.ideaId ? [{ i, ideaId: q.kano.ideaId }] : []));
  if (linked.length === 0) return;
  const found = await tx
    .selectFrom('ideas')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where(
      'id',
      'in',
      linked.map((l) => l.ideaId),
    )
    .execute();
  const known = new Set(found.map((r) => r.id));
  const missing = linked.find((l) => !known.has(l.ideaId));
  if (missing) throw kanoIdeaUnknown(missing.i);
}

/** Creates a survey as a draft. */
export async function createSurvey(ctx: CommandContext, input: SurveyInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    await assertSlugFree(tx, workspaceId, input.slug, null);
    await assertIdeasExist(tx, workspaceId, input);
    const id = newId();
    const row = await tx
      .insertInto('surveys')
      .values({
        workspace_id: workspaceId,
        id,
        ...columns(input),
        created_by: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'survey.created',
      targetType: 'survey',
      targetId: id,
      details: { slug: input.slug },
    });
    return row;
  });
}

/**
 * Replaces a survey's definition. Once answers exist, questions keep their ids and types (the
 * rollups are keyed by them), so a change that would reinterpret past answers is refused.
 */
export async function updateSurvey(ctx: CommandContext, id: string, input: SurveyInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const current = await findSurvey(tx, workspaceId, id, true);
    await assertSlugFree(tx, workspaceId, input.slug, id);
    await assertIdeasExist(tx, workspaceId, input);
    if (current.completed_count > 0) {
      const before = new Map((current.questions as { id: string; type: string }[]).map((q) => [q.id, q.type]));
      const changed = input.questions.find((q) => before.has(q.id) && before.get(q.id) !== q.type);
      if (changed) throw questionTypeLocked(changed.id);
    }
    const row = await tx
      .updateTable('surveys')
      .set({ ...columns(input), updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await announceSurveySaved(tx, workspaceId);
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'survey.updated',
      targetType: 'survey',
      targetId: id,
      details: { slug: input.slug },
    });
    return row;
  });
}

/** Opens a survey for answers, or closes it. */
export async function changeSurveyStatus(ctx: CommandContext, id: string, status: 'open' | 'closed') {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const current = await findSurvey(tx, workspaceId, id, true);
    if (current.status === status) return current;
    const row = await tx
      .updateTable('surveys')
      .set({ status, updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await record(tx, {
      name: status === 'open' ? SurveyEvents.surveyPublished : SurveyEvents.surveyClosed,
      workspaceId,
      actorId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
      payload: { surveyId: id, slug: row.slug },
    });
    await audit(tx, ctx.actor, ctx.origin, {
      action: `survey.${status === 'open' ? 'opened' : 'closed'}`,
      targetType: 'survey',
      targetId: id,
    });
    return row;
  });
}
