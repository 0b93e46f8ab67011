import { withTransaction } from '../../../platform/db/index.js';
import { audit, findPeople, type CommandContext } from '../../identity/index.js';
import { customerNotFound } from '../errors.js';
import type { Importance } from '../tables.js';
import { actorIdOf, actorLabel } from './actor.js';
import { applyVote } from './apply-vote.js';
import { lockForVote } from './vote-context.js';

/** Staff add a customer's vote heard on a sales call or in a chat, recorded with who and why. */
export async function voteOnBehalf(
  ctx: CommandContext,
  ideaId: string,
  input: {
    customerId?: string | undefined;
    customerEmail?: string | undefined;
    reason: string;
    importance: Importance;
  },
) {
  const workspaceId = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    let customerId = input.customerId;
    if (!customerId) {
      const [found] = await findPeople(tx, workspaceId, { emails: [input.customerEmail!], roles: ['customer'] });
      if (!found) throw customerNotFound();
      customerId = found.id;
    }
    const label = await actorLabel(tx, ctx.actor);
    const context = await lockForVote(tx, workspaceId, ideaId, customerId);
    const result = await applyVote(tx, ctx, context, {
      voterId: customerId,
      importance: input.importance,
      onBehalf: { by: actorIdOf(ctx.actor), label, reason: input.reason },
    });
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.vote.added_on_behalf',
      targetType: 'idea',
      targetId: ideaId,
      details: { customerId, reason: input.reason },
    });
    return { idea: result.idea, myVote: null, votesLeft: null };
  });
}
