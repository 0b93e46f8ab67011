import type { Actor } from '../identity/index.js';
import type { FilePurpose } from './tables.js';

/** Case photos are private: only their uploader, staff and API keys see them; every other file is public. */
export function isPrivateFile(purpose: FilePurpose): boolean {
  return purpose === 'case_photo';
}

export function mayViewFile(actor: Actor, file: { purpose: FilePurpose; uploader_id: string }): boolean {
  if (!isPrivateFile(file.purpose)) return true;
  return (
    (actor.kind === 'user' && (actor.role !== 'customer' || actor.userId === file.uploader_id)) ||
    actor.kind === 'api_key'
  );
}
