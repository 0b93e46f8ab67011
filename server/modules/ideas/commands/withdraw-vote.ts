import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { recordWithin } from '../../../platform/events/index.js';
import { requireUser, type CommandContext } from '../../identity/index.js';
import { IdeasEvents } from '../events.js';
import { removeTerm, trendingTerm } from '../formulas.js';
import { checkBoardAccess, lockForVote } from './vote-context.js';

/** The customer takes their vote back; the counters and trending score drop with it. */
export async function withdrawVote(ctx: CommandContext, ideaId: string) {
  const actor = requireUser(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const context = await lockForVote(tx, actor.workspaceId, ideaId, actor.userId);
    checkBoardAccess(actor, context);
    const { idea, board, vote } = context;
    const budget = board.vote_budget;
    const used = context.votesUsed;
    if (!vote) return { idea, myVote: null, votesLeft: budget === null ? null : Math.max(0, budget - used!) };
    const event = recordWithin(tx, {
      name: IdeasEvents.voteWithdrawn,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: actor.userId,
      touchpoint: 'portal',
      payload: { ideaId, boardId: idea.board_id },
    });
    const updated = await tx
      .with('vote', (db) =>
        db
          .deleteFrom('idea_votes')
          .where('workspace_id', '=', actor.workspaceId)
          .where('idea_id', '=', ideaId)
          .where('user_id', '=', actor.userId)
          .returning('user_id'),
      )
      .with('event', () => event)
      .updateTable('ideas')
      .set({
        vote_count: sql<number>`vote_count - 1`,
        weighted_votes: sql<string>`weighted_votes - ${vote.weight}`,
        trending_score: removeTerm(idea.trending_score, trendingTerm(vote.createdAt), trendingTerm(idea.created_at)),
      })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', ideaId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // A released vote (its idea shipped or closed) no longer counted against the budget.
    const usedAfter = used === null ? null : used - (vote.released ? 0 : 1);
    return {
      idea: updated,
      myVote: null,
      votesLeft: budget === null || usedAfter === null ? null : Math.max(0, budget - usedAfter),
    };
  });
}
