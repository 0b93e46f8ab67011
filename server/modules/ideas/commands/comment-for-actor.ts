import { requireUser, type CommandContext } from '../../identity/index.js';
import { commentNotFound } from '../errors.js';
import { ideaFor } from '../queries.js';
import { viewerOf } from '../viewer.js';

/** The comment, if the signed-in person may see the idea it is on; 404 otherwise. */
export async function commentForActor(ctx: CommandContext, commentId: string) {
  const actor = requireUser(ctx.actor);
  const viewer = await viewerOf(ctx.db, actor);
  const comment = await ctx.db
    .selectFrom('idea_comments')
    .selectAll()
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', commentId)
    .executeTakeFirst();
  if (!comment) throw commentNotFound();
  await ideaFor(ctx.db, viewer, comment.idea_id);
  return { actor, comment };
}
