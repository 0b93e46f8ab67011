import { withTransaction } from '../../../platform/db/index.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { boardNotFound } from '../errors.js';
import { announceIdeasConfigured } from '../hot-read-areas.js';
import { boardColumns, setBoardMembers, type BoardFields } from './board-fields.js';

/** Admins change a board's rules, members or visibility, or archive it. */
export async function updateBoard(ctx: CommandContext, boardId: string, input: BoardFields) {
  const ws = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const board = await tx
      .updateTable('idea_boards')
      .set({ ...boardColumns(input), updated_at: new Date() })
      .where('workspace_id', '=', ws)
      .where('id', '=', boardId)
      .returningAll()
      .executeTakeFirst();
    if (!board) throw boardNotFound();
    if (input.memberIds) await setBoardMembers(tx, ws, boardId, input.memberIds);
    await announceIdeasConfigured(tx, ws);
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.board.updated',
      targetType: 'idea_board',
      targetId: boardId,
      details: { fields: Object.keys(input) },
    });
    return board;
  });
}
