import { withTransaction } from '../../../platform/db/index.js';
import { requireUser, type CommandContext } from '../../identity/index.js';
import { votesLeft } from '../queries.js';
import type { Importance } from '../tables.js';
import { boardFor, viewerOf } from '../viewer.js';
import { applyVote } from './apply-vote.js';
import { lockIdea } from './idea-rows.js';

/** The signed-in customer supports an idea (once), optionally saying how much it matters. */
export async function castVote(ctx: CommandContext, ideaId: string, importance: Importance) {
  const actor = requireUser(ctx.actor);
  const viewer = await viewerOf(ctx.db, actor);
  return withTransaction(ctx.db, async (tx) => {
    // Lock first, then check the board under the lock: a concurrent move cannot slip between.
    const idea = await lockIdea(tx, actor.workspaceId, ideaId);
    const board = await boardFor(tx, viewer, idea.board_id);
    const result = await applyVote(tx, ctx, actor.workspaceId, {
      ideaId,
      voterId: actor.userId,
      importance,
      board,
      lockedIdea: idea,
    });
    return {
      idea: result.idea,
      myVote: { importance },
      votesLeft: await votesLeft(tx, actor.workspaceId, actor.userId, result.board),
    };
  });
}
