import { withTransaction } from '../../../platform/db/index.js';
import { requireUser, type CommandContext } from '../../identity/index.js';
import type { Importance } from '../tables.js';
import { applyVote } from './apply-vote.js';
import { checkBoardAccess, lockForVote } from './vote-context.js';

/**
 * The signed-in customer supports an idea (once), optionally saying how much it matters. Returns
 * what the response shows, so nothing is read again: BEGIN, one read under the idea's lock, one
 * write, COMMIT.
 */
export async function castVote(ctx: CommandContext, ideaId: string, importance: Importance) {
  const actor = requireUser(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    // Lock first, then check the board under the lock: a concurrent move cannot slip between.
    const context = await lockForVote(tx, actor.workspaceId, ideaId, actor.userId);
    checkBoardAccess(actor, context);
    const result = await applyVote(tx, ctx, context, { voterId: actor.userId, importance });
    return { idea: result.idea, myVote: { importance }, votesLeft: result.votesLeft };
  });
}
