import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { assigneeNotStaff, followupClosed, followupNotFound, outcomeRequired } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { audit, findPerson, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { SurveyEvents } from '../events.js';
import type { FollowupNote, FollowupOutcome } from '../tables.js';

export interface FollowupChange {
  assigneeId?: string | null | undefined;
  note?: string | undefined;
  outcome?: FollowupOutcome | undefined;
  close?: boolean | undefined;
}

/** Assigns, annotates and closes (with an outcome) the follow-up of an unhappy answer. */
export async function updateFollowup(ctx: CommandContext, id: string, change: FollowupChange) {
  const workspaceId = requireWorkspace(ctx.actor);
  const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return withTransaction(ctx.db, async (tx) => {
    const current = await tx
      .selectFrom('survey_followups')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw followupNotFound();
    if (current.status === 'closed' && (change.close || change.outcome)) throw followupClosed();
    const set: Record<string, unknown> = { updated_at: sql<Date>`now()` };
    if (change.assigneeId !== undefined) {
      if (change.assigneeId) {
        const staff = await findPerson(tx, workspaceId, change.assigneeId);
        if (!staff || staff.status !== 'active' || staff.role === 'customer') throw assigneeNotStaff();
      }
      set.assignee_id = change.assigneeId;
    }
    if (change.note) {
      const notes: FollowupNote[] = [
        ...current.notes,
        { authorId: actorId, body: change.note, at: new Date().toISOString() },
      ];
      set.notes = JSON.stringify(notes);
    }
    if (change.outcome) set.outcome = change.outcome;
    if (change.close) {
      if (!(change.outcome ?? current.outcome)) throw outcomeRequired();
      set.status = 'closed';
      set.closed_at = sql<Date>`now()`;
    }
    const row = await tx
      .updateTable('survey_followups')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (change.assigneeId !== undefined && change.assigneeId !== current.assignee_id) {
      await record(tx, {
        name: SurveyEvents.followupAssigned,
        workspaceId,
        actorId,
        customerId: row.customer_id,
        payload: { followupId: id, assigneeId: change.assigneeId },
      });
    }
    if (change.close) {
      await record(tx, {
        name: SurveyEvents.followupClosed,
        workspaceId,
        actorId,
        customerId: row.customer_id,
        payload: {
          followupId: id,
          surveyId: row.survey_id,
          responseId: row.response_id,
          outcome: row.outcome,
          kind: row.kind,
          score: row.score,
        },
      });
    }
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'survey.followup_updated',
      targetType: 'survey_followup',
      targetId: id,
      details: { ...change, note: change.note ? '(note)' : undefined },
    });
    return row;
  });
}
