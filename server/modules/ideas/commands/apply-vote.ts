import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { recordWithin } from '../../../platform/events/index.js';
import type { CommandContext } from '../../identity/index.js';
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
import { isClosedStage } from '../statuses.js';
import type { Importance } from '../tables.js';
import { actorIdOf } from './actor.js';
import { followQuery } from './follows.js';
import type { Idea } from './idea-rows.js';
import { checkThreshold } from './threshold.js';
import type { VoteContext } from './vote-context.js';

export interface VoteInput {
  voterId: string;
  importance: Importance;
  onBehalf?: { by: string | null; label: string; reason: string };
}

export interface VoteOutcome {
  idea: Idea;
  changed: boolean;
  /** What is left of the board's budget after the vote; null without a budget. */
  votesLeft: number | null;
}

const left = (context: VoteContext, used: number | null) =>
  context.board.vote_budget === null || used === null ? null : Math.max(0, context.board.vote_budget - used);

/**
 * Casts (or re-weighs) one vote on the idea `lockForVote` locked and read: the vote, the counters,
 * the trending score, the follow and the event are written in one statement.
 */
export async function applyVote(
  tx: Tx,
  ctx: CommandContext,
  context: VoteContext,
  input: VoteInput,
): Promise<VoteOutcome> {
  const { idea, board, statuses, voter } = context;
  const workspaceId = idea.workspace_id;
  const stage = statuses.find((s) => s.key === idea.status)?.stage ?? 'open';
  if (idea.merged_into) throw ideaMergedActHere('vote');
  if (idea.moderation !== 'visible') throw ideaNotFound();
  if (idea.locked) throw ideaLocked();
  if (isClosedStage(stage)) throw ideaClosed();
  if (!voter || voter.status !== 'active' || (input.onBehalf && voter.role !== 'customer')) throw customerNotFound();
  const weight = voteWeight(board.weight_rule, voter.attributes, input.importance, board.importance_enabled);

  const actorId = actorIdOf(ctx.actor);
  const customerId = voter.role === 'customer' ? input.voterId : null;
  const touchpoint = input.onBehalf ? 'staff' : 'portal';
  const existing = context.vote;
  if (existing) {
    if (existing.importance === input.importance)
      return { idea, changed: false, votesLeft: left(context, context.votesUsed) };
    // The weighted votes everyone sees move: the event says so (and drops what was cached).
    const event = recordWithin(tx, {
      name: IdeasEvents.voteChanged,
      workspaceId,
      actorId,
      customerId,
      touchpoint,
      payload: {
        ideaId: idea.id,
        boardId: board.id,
        voterId: input.voterId,
        from: existing.importance,
        importance: input.importance,
        weight,
        onBehalf: input.onBehalf ?? null,
      },
    });
    const updated = await tx
      .with('event', () => event)
      .with('vote', (db) =>
        db
          .updateTable('idea_votes')
          .set({ importance: input.importance, weight })
          .where('workspace_id', '=', workspaceId)
          .where('idea_id', '=', idea.id)
          .where('user_id', '=', input.voterId)
          .returning('user_id'),
      )
      .updateTable('ideas')
      .set({ weighted_votes: sql<string>`weighted_votes - ${existing.weight} + ${weight}` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', idea.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    return { idea: updated, changed: true, votesLeft: left(context, context.votesUsed) };
  }

  const votesLeft = left(context, context.votesUsed);
  if (votesLeft === 0) throw voteBudgetSpent(board.vote_budget!);
  const now = new Date();
  const x = trendingTerm(now);
  const event = recordWithin(tx, {
    name: IdeasEvents.voteCast,
    workspaceId,
    actorId,
    customerId,
    touchpoint,
    payload: {
      ideaId: idea.id,
      boardId: board.id,
      voterId: input.voterId,
      importance: input.importance,
      weight,
      onBehalf: input.onBehalf ?? null,
    },
  });
  const updated = await tx
    .with('vote', (db) =>
      db
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
        .returning('user_id'),
    )
    // Voters follow the idea automatically; following twice changes nothing.
    .with('follow', () => followQuery(tx, workspaceId, idea.id, input.voterId).returning('user_id'))
    .with('event', () => event)
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
  return {
    idea: await checkThreshold(tx, updated, board, statuses),
    changed: true,
    votesLeft: votesLeft === null ? null : votesLeft - 1,
  };
}
