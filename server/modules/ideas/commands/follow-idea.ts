import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { requireUser, type CommandContext } from '../../identity/index.js';
import { IdeasEvents } from '../events.js';
import { ideaFor } from '../queries.js';
import { viewerOf } from '../viewer.js';
import { follow } from './follows.js';

/** Follow or stop following an idea (notifications about it). */
export async function setFollowing(ctx: CommandContext, ideaId: string, following: boolean): Promise<void> {
  const actor = requireUser(ctx.actor);
  const viewer = await viewerOf(ctx.db, actor);
  await ideaFor(ctx.db, viewer, ideaId);
  await withTransaction(ctx.db, async (tx) => {
    if (following) await follow(tx, actor.workspaceId, ideaId, actor.userId);
    else
      await tx
        .deleteFrom('idea_follows')
        .where('workspace_id', '=', actor.workspaceId)
        .where('idea_id', '=', ideaId)
        .where('user_id', '=', actor.userId)
        .execute();
    await record(tx, {
      name: following ? IdeasEvents.ideaFollowed : IdeasEvents.ideaUnfollowed,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: actor.role === 'customer' ? actor.userId : null,
      payload: { ideaId },
    });
  });
}
