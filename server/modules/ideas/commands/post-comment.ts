import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { renderMarkdown } from '../../../platform/text/markdown.js';
import { requireUser, type CommandContext } from '../../identity/index.js';
import { commentWithAuthor } from '../detail-queries.js';
import { ideaLocked, ideaMergedActHere, parentNotOnIdea } from '../errors.js';
import { IdeasEvents } from '../events.js';
import { ideaFor } from '../queries.js';
import { viewerOf } from '../viewer.js';
import { follow } from './follows.js';

/** A comment or a reply (one level: a reply to a reply hangs under the same top comment). */
export async function postComment(
  ctx: CommandContext,
  ideaId: string,
  input: { body: string; parentId?: string | undefined },
) {
  const actor = requireUser(ctx.actor);
  const viewer = await viewerOf(ctx.db, actor);
  const { idea } = await ideaFor(ctx.db, viewer, ideaId);
  if (idea.merged_into) throw ideaMergedActHere('comment');
  if (idea.locked && !viewer.staff) throw ideaLocked();
  return withTransaction(ctx.db, async (tx) => {
    let parentId: string | null = null;
    if (input.parentId) {
      const parent = await tx
        .selectFrom('idea_comments')
        .select(['id', 'parent_id'])
        .where('workspace_id', '=', actor.workspaceId)
        .where('idea_id', '=', ideaId)
        .where('id', '=', input.parentId)
        .executeTakeFirst();
      if (!parent) throw parentNotOnIdea();
      parentId = parent.parent_id ?? parent.id;
    }
    const commentId = newId();
    await tx
      .insertInto('idea_comments')
      .values({
        workspace_id: actor.workspaceId,
        id: commentId,
        idea_id: ideaId,
        parent_id: parentId,
        author_id: actor.userId,
        body: input.body,
        body_html: renderMarkdown(input.body),
      })
      .execute();
    await tx
      .updateTable('ideas')
      .set({ comment_count: sql<number>`comment_count + 1` })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', ideaId)
      .execute();
    await follow(tx, actor.workspaceId, ideaId, actor.userId);
    await record(tx, {
      name: IdeasEvents.commentPosted,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: actor.role === 'customer' ? actor.userId : null,
      touchpoint: 'portal',
      payload: { ideaId, commentId, parentId },
    });
    return commentWithAuthor(tx, actor.workspaceId, commentId);
  });
}
