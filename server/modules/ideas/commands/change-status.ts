import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { ideaMerged, unknownStatus } from '../errors.js';
import { IdeasEvents, NOTIFYING_VERSION, type StatusChangedPayload } from '../events.js';
import { isClosedStage, loadStatuses } from '../statuses.js';
import { actorIdOf, actorLabel } from './actor.js';
import { lockIdea } from './idea-rows.js';
import { insertStatusChange } from './status-history.js';

/**
 * Staff move an idea along the workflow with a public note. Shipping or declining gives the
 * voters their budgeted votes back; reopening takes them again. Followers are told when the
 * event is delivered (subscribers/notify-followers.ts).
 */
export async function changeStatus(ctx: CommandContext, ideaId: string, input: { status: string; note: string }) {
  const workspaceId = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const idea = await lockIdea(tx, workspaceId, ideaId);
    if (idea.merged_into) throw ideaMerged();
    const statuses = await loadStatuses(tx, workspaceId);
    const to = statuses.find((s) => s.key === input.status);
    if (!to) throw unknownStatus();
    if (to.key === idea.status) return idea;
    const shipped = to.stage === 'shipped';
    const updated = await tx
      .updateTable('ideas')
      .set({
        status: to.key,
        updated_at: sql<Date>`now()`,
        ...(shipped ? { shipped_at: sql<Date>`coalesce(shipped_at, now())` } : {}),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', ideaId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('idea_votes')
      .set({ released: isClosedStage(to.stage) })
      .where('workspace_id', '=', workspaceId)
      .where('idea_id', '=', ideaId)
      .execute();
    const label = await actorLabel(tx, ctx.actor);
    await insertStatusChange(tx, idea, to.key, input.note, ctx.actor, label);
    await record<StatusChangedPayload>(tx, {
      name: IdeasEvents.statusChanged,
      version: NOTIFYING_VERSION,
      workspaceId,
      actorId: actorIdOf(ctx.actor),
      customerId: idea.author_id,
      payload: {
        ideaId,
        from: idea.status,
        to: to.key,
        stage: to.stage,
        note: input.note,
        ideaTitle: updated.title,
        statusNames: to.names,
      },
    });
    if (shipped) {
      await record(tx, {
        name: IdeasEvents.ideaShipped,
        workspaceId,
        actorId: actorIdOf(ctx.actor),
        customerId: idea.author_id,
        payload: { ideaId, boardId: idea.board_id, voteCount: idea.vote_count },
      });
    }
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.status.changed',
      targetType: 'idea',
      targetId: ideaId,
      details: { from: idea.status, to: to.key },
    });
    return updated;
  });
}
