import { sql, type Kysely } from 'kysely';

// The notifications module's tables: the in-app list, email preferences per category, and the
// per-workspace key that signs unsubscribe links.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table notifications (
      workspace_id uuid not null,
      id uuid not null,
      user_id uuid not null,
      kind text not null,
      params jsonb not null default '{}',
      link text,
      read_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    -- The list and the unread badge are per person, newest first.
    create index notifications_user on notifications (workspace_id, user_id, id desc);
    create index notifications_unread on notifications (workspace_id, user_id) where read_at is null;

    create table notification_preferences (
      workspace_id uuid not null,
      user_id uuid not null,
      category text not null,
      email boolean not null,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, user_id, category)
    );

    create table notification_keys (
      workspace_id uuid not null primary key,
      secret text not null,
      created_at timestamptz not null default now()
    );
  `.execute(db);
}
