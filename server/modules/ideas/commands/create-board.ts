import { sql } from 'kysely';
import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { slugTaken } from '../errors.js';
import { announceIdeasConfigured } from '../hot-read-areas.js';
import type { BoardCreateSchema } from '../schemas.js';
import { boardColumns, setBoardMembers } from './board-fields.js';

/** Admins open a board (last in the list), with its rules and, for a private one, its members. */
export async function createBoard(ctx: CommandContext, input: z.infer<typeof BoardCreateSchema>) {
  const ws = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const taken = await tx
      .selectFrom('idea_boards')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (taken) throw slugTaken();
    const id = newId();
    const position = await tx
      .selectFrom('idea_boards')
      .select(sql<number>`coalesce(max(position), 0) + 1`.as('p'))
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('idea_boards')
      .values({ workspace_id: ws, id, slug: input.slug, name: input.name, position: position.p })
      .execute();
    const set = boardColumns(input);
    if (Object.keys(set).length)
      await tx.updateTable('idea_boards').set(set).where('workspace_id', '=', ws).where('id', '=', id).execute();
    if (input.memberIds) await setBoardMembers(tx, ws, id, input.memberIds);
    await announceIdeasConfigured(tx, ws);
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.board.created',
      targetType: 'idea_board',
      targetId: id,
      details: { slug: input.slug },
    });
    return tx
      .selectFrom('idea_boards')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  });
}
