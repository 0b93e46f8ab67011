import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { markdownExcerpt, renderMarkdown } from '../../../platform/text/markdown.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { ideaMerged } from '../errors.js';
import { IdeasEvents, NOTIFYING_VERSION, type AnswerPostedPayload } from '../events.js';
import { actorIdOf } from './actor.js';
import { lockIdea } from './idea-rows.js';

/** The official answer: one pinned staff response per idea (posting again replaces it). */
export async function answerIdea(ctx: CommandContext, ideaId: string, body: string) {
  const workspaceId = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const idea = await lockIdea(tx, workspaceId, ideaId);
    if (idea.merged_into) throw ideaMerged();
    const updated = await tx
      .updateTable('ideas')
      .set({
        answer_body: body,
        answer_html: renderMarkdown(body),
        answer_by: actorIdOf(ctx.actor),
        answer_at: sql<Date>`now()`,
        first_answer_at: sql<Date>`coalesce(first_answer_at, now())`,
        updated_at: sql<Date>`now()`,
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', ideaId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // Followers are told when the event is delivered (subscribers/notify-followers.ts).
    await record<AnswerPostedPayload>(tx, {
      name: IdeasEvents.answerPosted,
      version: NOTIFYING_VERSION,
      workspaceId,
      actorId: actorIdOf(ctx.actor),
      customerId: idea.author_id,
      payload: {
        ideaId,
        first: idea.first_answer_at === null,
        overdue: idea.answer_due_at !== null && idea.answer_due_at < new Date(),
        ideaTitle: updated.title,
        excerpt: markdownExcerpt(body),
      },
    });
    await audit(tx, ctx.actor, ctx.origin, { action: 'ideas.answer.posted', targetType: 'idea', targetId: ideaId });
    return updated;
  });
}
