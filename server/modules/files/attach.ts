import type { Selectable } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import type { FilesTable } from './tables.js';

export interface FileView {
  id: string;
  url: string;
  contentType: string;
  size: number;
  width: number;
  height: number;
}

export function presentFile(
  f: Pick<Selectable<FilesTable>, 'id' | 'content_type' | 'size' | 'width' | 'height'>,
): FileView {
  return {
    id: f.id,
    url: `/api/v1/files/${f.id}`,
    contentType: f.content_type,
    size: f.size,
    width: f.width,
    height: f.height,
  };
}

/**
 * Attaches uploads to the entity they belong to, in the caller's transaction. Only the uploader's
 * own, not yet attached files can be claimed, so nobody can grab another person's upload.
 */
export async function claimFiles(
  tx: Tx,
  claim: {
    workspaceId: string;
    uploaderId: string;
    fileIds: readonly string[];
    attachedType: string;
    attachedId: string;
  },
): Promise<FileView[]> {
  const ids = [...new Set(claim.fileIds)];
  if (ids.length === 0) return [];
  const rows = await tx
    .updateTable('files')
    .set({ attached_type: claim.attachedType, attached_id: claim.attachedId })
    .where('workspace_id', '=', claim.workspaceId)
    .where('id', 'in', ids)
    .where('uploader_id', '=', claim.uploaderId)
    .where('attached_id', 'is', null)
    .returningAll()
    .execute();
  if (rows.length !== ids.length) {
    throw new AppError(
      'file_not_claimable',
      400,
      'One of the files was not uploaded by you or is already attached elsewhere.',
      {
        errors: [{ field: 'body.fileIds', message: 'contains a file you cannot attach' }],
      },
    );
  }
  return rows.map(presentFile);
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
