import { sql, type Kysely } from 'kysely';

// Every recorded event is announced to every Cocreate process on commit (NOTIFY is transactional),
// so in-process caches built from the same rows are dropped wherever they live. The trigger costs
// no round trip; a payload too large for a notification is left out and listeners drop more.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function platform_events_announce() returns trigger language plpgsql as $$
    begin
      perform pg_notify('cocreate', json_build_object(
        'topic', 'event',
        'name', new.name,
        'workspaceId', new.workspace_id,
        'payload', case when octet_length(new.payload::text) < 6000 then new.payload end
      )::text);
      return null;
    end
    $$;
    create trigger platform_events_announce after insert on platform_events
      for each row execute function platform_events_announce();
  `.execute(db);
}
