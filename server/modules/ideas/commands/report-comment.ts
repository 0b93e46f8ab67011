import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import type { CommandContext } from '../../identity/index.js';
import { IdeasEvents } from '../events.js';
import { commentForActor } from './comment-for-actor.js';

/** Anyone signed in may report a comment once; moderators see the count. */
export async function reportComment(ctx: CommandContext, commentId: string, reason: string) {
  const { actor, comment } = await commentForActor(ctx, commentId);
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
