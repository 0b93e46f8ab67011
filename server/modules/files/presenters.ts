import type { Selectable } from 'kysely';
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
