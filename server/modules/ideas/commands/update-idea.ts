import type { Updateable } from 'kysely';
import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { normalise, searchTokens } from '../../../platform/text/index.js';
import { renderMarkdown } from '../../../platform/text/markdown.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { IdeasEvents } from '../events.js';
import type { IdeaUpdateSchema } from '../schemas.js';
import type { IdeasTable } from '../tables.js';
import { boardFor, viewerOf } from '../viewer.js';
import { actorIdOf } from './actor.js';
import { lockIdea } from './idea-rows.js';

/** Staff edit, move, lock, approve or hide an idea, or enter its RICE inputs. */
export async function updateIdea(ctx: CommandContext, ideaId: string, input: z.infer<typeof IdeaUpdateSchema>) {
  const ws = ctx.actor.workspaceId!;
  const viewer = await viewerOf(ctx.db, ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const idea = await lockIdea(tx, ws, ideaId);
    const set: Updateable<IdeasTable> = { updated_at: new Date() };
    if (input.title !== undefined) Object.assign(set, { title: input.title, title_norm: normalise(input.title) });
    if (input.body !== undefined) Object.assign(set, { body: input.body, body_html: renderMarkdown(input.body) });
    if (input.tags !== undefined) set.tags = [...new Set(input.tags)];
    if (input.title !== undefined || input.body !== undefined || input.tags !== undefined) {
      set.search_tokens = searchTokens(
        `${input.title ?? idea.title}\n${input.body ?? idea.body}\n${(input.tags ?? idea.tags).join(' ')}`,
      );
    }
    if (input.locked !== undefined) set.locked = input.locked;
    if (input.moderation !== undefined) set.moderation = input.moderation;
    if (input.rice !== undefined)
      Object.assign(set, {
        rice_impact: input.rice.impact,
        rice_confidence: input.rice.confidence,
        rice_effort: input.rice.effort,
      });
    let movedTo: string | null = null;
    if (input.board !== undefined) {
      const board = await boardFor(tx, viewer, input.board);
      if (board.id !== idea.board_id) {
        set.board_id = board.id;
        movedTo = board.id;
        await tx
          .updateTable('idea_votes')
          .set({ board_id: board.id })
          .where('workspace_id', '=', ws)
          .where('idea_id', '=', ideaId)
          .execute();
      }
    }
    const updated = await tx
      .updateTable('ideas')
      .set(set)
      .where('workspace_id', '=', ws)
      .where('id', '=', ideaId)
      .returningAll()
      .executeTakeFirstOrThrow();
    const fields = Object.keys(input);
    await record(tx, {
      name: IdeasEvents.ideaUpdated,
      workspaceId: ws,
      actorId: actorIdOf(ctx.actor),
      customerId: idea.author_id,
      payload: { ideaId, fields, movedFrom: movedTo ? idea.board_id : null, movedTo },
    });
    if (idea.moderation === 'pending' && input.moderation === 'visible') {
      await record(tx, {
        name: IdeasEvents.ideaApproved,
        workspaceId: ws,
        actorId: actorIdOf(ctx.actor),
        customerId: idea.author_id,
        payload: { ideaId },
      });
    }
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.idea.updated',
      targetType: 'idea',
      targetId: ideaId,
      details: { fields },
    });
    return updated;
  });
}
