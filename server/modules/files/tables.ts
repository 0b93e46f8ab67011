import type { ColumnType } from 'kysely';

export type FilePurpose = 'idea_image' | 'case_photo' | 'logo';

export interface FilesTable {
  workspace_id: string;
  id: string;
  uploader_id: string;
  purpose: FilePurpose;
  content_type: string;
  size: number;
  width: number;
  height: number;
  storage_key: string;
  attached_type: string | null;
  attached_id: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    files: FilesTable;
  }
}
