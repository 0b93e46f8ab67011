import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { requireUser, type CommandContext } from '../../identity/index.js';
import { IdeasEvents } from '../events.js';
import { removeTerm, trendingTerm } from '../formulas.js';
import { votesLeft } from '../queries.js';
import { boardFor, viewerOf } from '../viewer.js';
import { lockIdea } from './idea-rows.js';

/** The customer takes their vote back; the counters and trending score drop with it. */
export async function withdrawVote(ctx: CommandContext, ideaId: string) {
  const actor = requireUser(ctx.actor);
  const viewer = await viewerOf(ctx.db, actor);
  return withTransaction(ctx.db, async (tx) => {
    const idea = await lockIdea(tx, actor.workspaceId, ideaId);
    const board = await boardFor(tx, viewer, idea.board_id);
    const vote = await tx
      .deleteFrom('idea_votes')
      .where('workspace_id', '=', actor.workspaceId)
      .where('idea_id', '=', ideaId)
      .where('user_id', '=', actor.userId)
      .returningAll()
      .executeTakeFirst();
    if (!vote) return { idea, myVote: null, votesLeft: await votesLeft(tx, actor.workspaceId, actor.userId, board) };
    const updated = await tx
      .updateTable('ideas')
      .set({
        vote_count: sql<number>`vote_count - 1`,
        weighted_votes: sql<string>`weighted_votes - ${Number(vote.weight)}`,
        trending_score: removeTerm(idea.trending_score, trendingTerm(vote.created_at), trendingTerm(idea.created_at)),
      })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', ideaId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await record(tx, {
      name: IdeasEvents.voteWithdrawn,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: actor.userId,
      touchpoint: 'portal',
      payload: { ideaId, boardId: idea.board_id },
    });
    return { idea: updated, myVote: null, votesLeft: await votesLeft(tx, actor.workspaceId, actor.userId, board) };
  });
}
