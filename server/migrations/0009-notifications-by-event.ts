import { sql, type Kysely } from 'kysely';

// Notifications written by a subscriber name the event they tell about. Events are delivered at
// least once, so the unique index is what keeps a redelivered event from telling anyone twice.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table notifications add column event_id uuid;
    create unique index notifications_event on notifications (workspace_id, event_id, user_id) where event_id is not null;
  `.execute(db);
}
