import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { countActiveCustomers } from '../../identity/index.js';
import { IdeasEvents, NOTIFYING_VERSION, type StatusChangedPayload } from '../events.js';
import { ACTIVE_CUSTOMER_DAYS, effectiveThreshold } from '../formulas.js';
import { reviewStatus, type StatusView } from '../statuses.js';
import type { Board, Idea } from './idea-rows.js';
import { insertStatusChange } from './status-history.js';

/**
 * After support grew: when an open idea reaches its board's threshold it moves to review and
 * the company owes an answer within the board's answer days (LEGO Ideas' 10,000-supporter
 * review). Runs under the idea's row lock, so it fires once.
 */
export async function checkThreshold(
  tx: Tx,
  idea: Idea,
  board: Pick<Board, 'threshold_supporters' | 'threshold_share' | 'answer_days'>,
  statuses: StatusView[],
): Promise<Idea> {
  if (idea.threshold_reached_at !== null || idea.merged_into !== null) return idea;
  const stage = statuses.find((s) => s.key === idea.status)?.stage;
  if (stage !== 'open') return idea;
  const share = board.threshold_share === null ? null : Number(board.threshold_share);
  const active = share === null ? 0 : await countActiveCustomers(tx, idea.workspace_id, ACTIVE_CUSTOMER_DAYS);
  const target = effectiveThreshold(board.threshold_supporters, share, active);
  if (target === null || idea.vote_count < target) return idea;
  const review = reviewStatus(statuses);
  const updated = await tx
    .updateTable('ideas')
    .set({
      threshold_reached_at: sql<Date>`now()`,
      answer_due_at: sql<Date>`now() + make_interval(days => ${board.answer_days})`,
      ...(review ? { status: review.key } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('workspace_id', '=', idea.workspace_id)
    .where('id', '=', idea.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await record(tx, {
    name: IdeasEvents.thresholdReached,
    workspaceId: idea.workspace_id,
    actorId: null,
    customerId: idea.author_id,
    payload: {
      ideaId: idea.id,
      boardId: idea.board_id,
      target,
      supporters: idea.vote_count,
      answerDueAt: updated.answer_due_at?.toISOString(),
    },
  });
  if (review && review.key !== idea.status) {
    await insertStatusChange(tx, idea, review.key, '', { kind: 'anonymous', workspaceId: idea.workspace_id }, 'system');
    // Followers are told when the event is delivered (subscribers/notify-followers.ts).
    await record<StatusChangedPayload>(tx, {
      name: IdeasEvents.statusChanged,
      version: NOTIFYING_VERSION,
      workspaceId: idea.workspace_id,
      actorId: null,
      customerId: idea.author_id,
      payload: {
        ideaId: idea.id,
        from: idea.status,
        to: review.key,
        reason: 'threshold',
        ideaTitle: idea.title,
        statusNames: review.names,
      },
    });
  }
  return updated;
}
