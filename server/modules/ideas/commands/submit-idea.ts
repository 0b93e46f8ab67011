import { sql } from 'kysely';
import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { normalise, searchTokens } from '../../../platform/text/index.js';
import { renderMarkdown } from '../../../platform/text/markdown.js';
import { claimFiles } from '../../files/index.js';
import { getPerson, requireUser, type CommandContext } from '../../identity/index.js';
import { boardArchived, unknownTags } from '../errors.js';
import { IdeasEvents } from '../events.js';
import { trendingTerm } from '../formulas.js';
import type { IdeaSubmitSchema } from '../schemas.js';
import { initialStatus, loadStatuses } from '../statuses.js';
import { boardFor, viewerOf } from '../viewer.js';
import { follow } from './follows.js';

/** Customers younger than this are "new" for pre-moderation, unless the brand marked them trusted. */
const NEW_CUSTOMER_DAYS = 7;

/** A customer (or staff member) submits an idea; the author follows it from then on. */
export async function submitIdea(ctx: CommandContext, input: z.infer<typeof IdeaSubmitSchema>) {
  const actor = requireUser(ctx.actor);
  const viewer = await viewerOf(ctx.db, actor);
  const board = await boardFor(ctx.db, viewer, input.board);
  if (board.archived_at) throw boardArchived();
  const tags = [...new Set(input.tags)];
  const unknown = board.tags.length ? tags.filter((t) => !board.tags.includes(t)) : [];
  if (unknown.length) throw unknownTags(unknown);
  return withTransaction(ctx.db, async (tx) => {
    const statuses = await loadStatuses(tx, actor.workspaceId);
    const author = await getPerson(tx, actor.workspaceId, actor.userId);
    const isNew =
      author.attributes.trusted !== true && Date.now() - author.createdAt.getTime() < NEW_CUSTOMER_DAYS * 86_400_000;
    const pending =
      author.role === 'customer' &&
      (board.premoderation === 'all' || (board.premoderation === 'new_customers' && isNew));
    const id = newId();
    const now = new Date();
    const idea = await tx
      .insertInto('ideas')
      .values({
        workspace_id: actor.workspaceId,
        id,
        board_id: board.id,
        author_id: actor.userId,
        title: input.title,
        title_norm: normalise(input.title),
        body: input.body,
        body_html: renderMarkdown(input.body),
        tags,
        status: initialStatus(statuses),
        moderation: pending ? 'pending' : 'visible',
        trending_score: trendingTerm(now),
        search_tokens: searchTokens(`${input.title}\n${input.body}\n${tags.join(' ')}`),
        created_at: now,
        updated_at: sql<Date>`now()`,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.imageIds.length)
      await claimFiles(tx, {
        workspaceId: actor.workspaceId,
        uploaderId: actor.userId,
        fileIds: input.imageIds,
        attachedType: 'idea',
        attachedId: id,
      });
    await follow(tx, actor.workspaceId, id, actor.userId);
    await record(tx, {
      name: IdeasEvents.ideaSubmitted,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
      customerId: author.role === 'customer' ? actor.userId : null,
      touchpoint: 'portal',
      payload: {
        ideaId: id,
        boardId: board.id,
        title: input.title,
        tags,
        moderation: idea.moderation,
        imageCount: input.imageIds.length,
      },
    });
    return idea;
  });
}
