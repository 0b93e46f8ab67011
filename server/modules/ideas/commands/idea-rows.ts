import type { Selectable } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { ideaNotFound } from '../errors.js';
import type { IdeaBoardsTable, IdeasTable } from '../tables.js';

export type Idea = Selectable<IdeasTable>;
export type Board = Selectable<IdeaBoardsTable>;

/** The idea row, locked for the rest of the transaction (counters change under the lock). */
export async function lockIdea(tx: Tx, workspaceId: string, id: string): Promise<Idea> {
  const idea = await tx
    .selectFrom('ideas')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!idea) throw ideaNotFound();
  return idea;
}

/** The board of an idea already loaded (so it exists); no access check, commands made theirs. */
export async function boardOf(tx: Tx, workspaceId: string, boardId: string): Promise<Board> {
  return tx
    .selectFrom('idea_boards')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', boardId)
    .executeTakeFirstOrThrow();
}
