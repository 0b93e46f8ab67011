import type { Tx } from '../../../platform/db/index.js';
import { fileNotClaimable } from '../errors.js';
import { presentFile, type FileView } from '../presenters.js';

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
  if (rows.length !== ids.length) throw fileNotClaimable();
  return rows.map(presentFile);
}
