import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { findPerson, type CommandContext } from '../../identity/index.js';
import {
  customerNotFound,
  ideaClosed,
  ideaLocked,
  ideaMergedActHere,
  ideaNotFound,
  voteBudgetSpent,
} from '../errors.js';
import { IdeasEvents } from '../events.js';
import { trendingTerm, voteWeight } from '../formulas.js';
import { votesLeft } from '../queries.js';
import { isClosedStage, loadStatuses } from '../statuses.js';
import type { Importance } from '../tables.js';
import { actorIdOf } from './actor.js';
import { follow } from './follows.js';
import { boardOf, lockIdea, type Board, type Idea } from './idea-rows.js';
import { checkThreshold } from './threshold.js';

export interface VoteInput {
  ideaId: string;
  /** The board when the caller already loaded it (for its access check). */
  board?: Board;
  lockedIdea?: Idea;
  voterId: string;
  importance: Importance;
  onBehalf?: { by: string | null; label: string; reason: string };
}

/** Casts (or re-weighs) one vote; counters and the trending score change in the same transaction. */
export async function applyVote(tx: Tx, ctx: CommandContext, workspaceId: string, input: VoteInput) {
  const idea = input.board ? input.lockedIdea! : await lockIdea(tx, workspaceId, input.ideaId);
  const statuses = await loadStatuses(tx, workspaceId);
  const stage = statuses.find((s) => s.key === idea.status)?.stage ?? 'open';
  if (idea.merged_into) throw ideaMergedActHere('vote');
  if (idea.moderation !== 'visible') throw ideaNotFound();
  if (idea.locked) throw ideaLocked();
  if (isClosedStage(stage)) throw ideaClosed();
  const board =
    input.board && input.board.id === idea.board_id ? input.board : await boardOf(tx, workspaceId, idea.board_id);
  const voter = await findPerson(tx, workspaceId, input.voterId);
  if (!voter || voter.status !== 'active' || (input.onBehalf && voter.role !== 'customer')) throw customerNotFound();
  const weight = voteWeight(board.weight_rule, voter.attributes, input.importance, board.importance_enabled);
  const existing = await tx
    .selectFrom('idea_votes')
    .select(['importance', 'weight'])
    .where('workspace_id', '=', workspaceId)
    .where('idea_id', '=', idea.id)
    .where('user_id', '=', input.voterId)
    .executeTakeFirst();
  if (existing) {
    if (existing.importance === input.importance) return { idea, board, changed: false };
    await tx
      .updateTable('idea_votes')
      .set({ importance: input.importance, weight })
      .where('workspace_id', '=', workspaceId)
      .where('idea_id', '=', idea.id)
      .where('user_id', '=', input.voterId)
      .execute();
    const updated = await tx
      .updateTable('ideas')
      .set({ weighted_votes: sql<string>`weighted_votes - ${Number(existing.weight)} + ${weight}` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', idea.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { idea: updated, board, changed: true };
  }
  if (board.vote_budget !== null && (await votesLeft(tx, workspaceId, input.voterId, board)) === 0)
    throw voteBudgetSpent(board.vote_budget);
  const now = new Date();
  const x = trendingTerm(now);
  await tx
    .insertInto('idea_votes')
    .values({
      workspace_id: workspaceId,
      idea_id: idea.id,
      user_id: input.voterId,
      board_id: board.id,
      importance: input.importance,
      weight,
      on_behalf_by: input.onBehalf?.by ?? null,
      on_behalf_label: input.onBehalf?.label ?? null,
      on_behalf_reason: input.onBehalf?.reason ?? null,
      created_at: now,
    })
    .execute();
  let updated = await tx
    .updateTable('ideas')
    .set({
      vote_count: sql<number>`vote_count + 1`,
      weighted_votes: sql<string>`weighted_votes + ${weight}`,
      trending_score: sql<number>`greatest(trending_score, ${x}::float8) + ln(1 + power(2::float8, -abs(trending_score - ${x}::float8))) / ln(2)`,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', idea.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await follow(tx, workspaceId, idea.id, input.voterId);
  await record(tx, {
    name: IdeasEvents.voteCast,
    workspaceId,
    actorId: actorIdOf(ctx.actor),
    customerId: voter.role === 'customer' ? input.voterId : null,
    touchpoint: input.onBehalf ? 'staff' : 'portal',
    payload: {
      ideaId: idea.id,
      boardId: board.id,
      voterId: input.voterId,
      importance: input.importance,
      weight,
      onBehalf: input.onBehalf ?? null,
    },
  });
  updated = await checkThreshold(tx, updated, board, statuses);
  return { idea: updated, board, changed: true };
}
