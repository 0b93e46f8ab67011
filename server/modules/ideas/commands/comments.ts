import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { renderMarkdown } from '../../../platform/text/markdown.js';
import { audit, requireUser, type CommandContext } from '../../identity/index.js';
import { commentWithAuthor } from '../detail-queries.js';
import {
  commentNotFound,
  editWindowClosed,
  ideaLocked,
  ideaMergedActHere,
  notCommentAuthor,
  parentNotOnIdea,
} from '../errors.js';
import { IdeasEvents } from '../events.js';
import { COMMENT_EDIT_WINDOW_MS } from '../presenters.js';
import { ideaFor } from '../queries.js';
import { viewerOf } from '../viewer.js';
import { actorIdOf } from './actor.js';
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

async function ownComment(ctx: CommandContext, commentId: string) {
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

/** Authors may fix their comment for a short while after posting it. */
export async function editComment(ctx: CommandContext, commentId: string, body: string) {
  const { actor, comment } = await ownComment(ctx, commentId);
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

/** Anyone signed in may report a comment once; moderators see the count. */
export async function reportComment(ctx: CommandContext, commentId: string, reason: string) {
  const { actor, comment } = await ownComment(ctx, commentId);
  await withTransaction(ctx.db, async (tx) => {
    const inserted = await tx
      .insertInto('idea_comment_reports')
      .values({ workspace_id: actor.workspaceId, comment_id: commentId, user_id: actor.userId, reason })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 0) return;
    await tx
      .updateTable('idea_comments')
      .set({ report_count: sql<number>`report_count + 1` })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', commentId)
      .execute();
    await record(tx, {
      name: IdeasEvents.commentReported,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: comment.author_id,
      payload: { ideaId: comment.idea_id, commentId, reason },
    });
  });
}

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
