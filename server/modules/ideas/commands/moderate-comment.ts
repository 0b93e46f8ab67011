import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { commentWithAuthor } from '../detail-queries.js';
import { commentNotFound } from '../errors.js';
import { IdeasEvents } from '../events.js';
import { actorIdOf } from './actor.js';

/** Moderators hide (or restore) a comment; its place stays so replies keep their context. */
export async function moderateComment(ctx: CommandContext, commentId: string, hidden: boolean) {
  const ws = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const updated = await tx
      .updateTable('idea_comments')
      .set({ hidden })
      .where('workspace_id', '=', ws)
      .where('id', '=', commentId)
      .returning(['idea_id', 'author_id'])
      .executeTakeFirst();
    if (!updated) throw commentNotFound();
    await audit(tx, ctx.actor, ctx.origin, {
      action: hidden ? 'ideas.comment.hidden' : 'ideas.comment.restored',
      targetType: 'idea_comment',
      targetId: commentId,
    });
    await record(tx, {
      name: IdeasEvents.ideaUpdated,
      workspaceId: ws,
      actorId: actorIdOf(ctx.actor),
      customerId: updated.author_id,
      payload: { ideaId: updated.idea_id, commentId, commentHidden: hidden },
    });
    return commentWithAuthor(tx, ws, commentId);
  });
}
