import { sql } from 'kysely';
import type { Db } from '../../../platform/db/index.js';

/** Marks every unread notification of the person read; returns how many that were. */
export async function markAllRead(db: Db, workspaceId: string, userId: string): Promise<number> {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}
