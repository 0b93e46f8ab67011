import type { Db } from '../../platform/db/index.js';
import { presentFile, type FileView } from './presenters.js';

/** One stored file of the workspace, or undefined. */
export function findFile(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('files')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The files attached to each of the given entities, oldest first. */
export async function listAttachedFiles(
  db: Db,
  workspaceId: string,
  attachedType: string,
  attachedIds: readonly string[],
): Promise<Map<string, FileView[]>> {
  const result = new Map<string, FileView[]>();
  if (attachedIds.length === 0) return result;
  const rows = await db
    .selectFrom('files')
    .select(['id', 'content_type', 'size', 'width', 'height', 'attached_id'])
    .where('workspace_id', '=', workspaceId)
    .where('attached_type', '=', attachedType)
    .where('attached_id', 'in', [...attachedIds])
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const list = result.get(row.attached_id!) ?? [];
    list.push(presentFile(row));
    result.set(row.attached_id!, list);
  }
  return result;
}
