import { sql, type Kysely } from 'kysely';

// Uploaded files (images for ideas, photos for cases, logos). A file is uploaded first and then
// claimed by the entity it belongs to; unclaimed uploads are swept after a day.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table files (
      workspace_id uuid not null,
      id uuid not null,
      uploader_id uuid not null,
      purpose text not null check (purpose in ('idea_image', 'case_photo', 'logo')),
      content_type text not null,
      size int not null,
      width int not null,
      height int not null,
      storage_key text not null,
      attached_type text,
      attached_id uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index files_attached on files (workspace_id, attached_type, attached_id) where attached_id is not null;
    create index files_unclaimed on files (created_at) where attached_id is null;
  `.execute(db);
}
