import { newId } from '../../../platform/ids.js';
import type { FileStorage } from '../../../platform/storage/index.js';
import type { CommandContext } from '../../identity/index.js';
import { requireUser } from '../../identity/index.js';
import { logoAdminsOnly } from '../errors.js';
import { processImage } from '../process-image.js';
import type { FilePurpose } from '../tables.js';

/** Stores an uploaded image for later claiming by an idea, a case or the workspace logo. */
export async function uploadFile(ctx: CommandContext, storage: FileStorage, purpose: FilePurpose, input: Buffer) {
  const actor = requireUser(ctx.actor);
  if (purpose === 'logo' && !['owner', 'admin'].includes(actor.role)) throw logoAdminsOnly();
  const image = await processImage(input);
  const id = newId();
  const storageKey = `${actor.workspaceId}/${id}`;
  await storage.put(storageKey, image.data);
  return ctx.db
    .insertInto('files')
    .values({
      workspace_id: actor.workspaceId,
      id,
      uploader_id: actor.userId,
      purpose,
      content_type: image.contentType,
      size: image.data.length,
      width: image.width,
      height: image.height,
      storage_key: storageKey,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
