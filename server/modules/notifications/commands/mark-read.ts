import { sql } from 'kysely';
import type { Db } from '../../../platform/db/index.js';
import { notificationNotFound } from '../errors.js';

/** Marks one of the person's notifications read (idempotent). */
export async function markRead(db: Db, workspaceId: string, userId: string, id: string): Promise<void> {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (res.numUpdatedRows === 0n) throw notificationNotFound();
}
