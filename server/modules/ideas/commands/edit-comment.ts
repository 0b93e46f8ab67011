import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { renderMarkdown } from '../../../platform/text/markdown.js';
import type { CommandContext } from '../../identity/index.js';
import { commentWithAuthor } from '../detail-queries.js';
import { editWindowClosed, notCommentAuthor } from '../errors.js';
import { IdeasEvents } from '../events.js';
import { COMMENT_EDIT_WINDOW_MS } from '../presenters.js';
import { commentForActor } from './comment-for-actor.js';

/** Authors may fix their comment for a short while after posting it. */
export async function editComment(ctx: CommandContext, commentId: string, body: string) {
  const { actor, comment } = await commentForActor(ctx, commentId);
  if (comment.author_id !== actor.userId) throw notCommentAuthor();
  if (Date.now() - comment.created_at.getTime() > COMMENT_EDIT_WINDOW_MS) throw editWindowClosed();
  return withTransaction(ctx.db, async (tx) => {
    await tx
      .updateTable('idea_comments')
      .set({ body, body_html: renderMarkdown(body), edited_at: sql<Date>`now()` })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', commentId)
      .execute();
    await record(tx, {
      name: IdeasEvents.commentEdited,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: actor.role === 'customer' ? actor.userId : null,
      payload: { ideaId: comment.idea_id, commentId },
    });
    return commentWithAuthor(tx, actor.workspaceId, commentId);
  });
}
