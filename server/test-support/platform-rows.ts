// Rows of the platform's own tables that a test needs in a state no command produces quickly:
// a large backlog of events, a job that has already died. The platform owns these tables, so
// tests outside it build such rows here.
import { sql } from 'kysely';
import type { Db } from '../platform/db/index.js';

/** Writes `count` events named `name` (payload `{ n }`, n from 1) in one statement, as a backlog no worker has delivered yet. */
export async function writeEventBacklog(db: Db, name: string, count: number): Promise<void> {
  await sql`
    insert into platform_events (event_id, name, version, payload)
    select gen_random_uuid(), ${name}, 1, jsonb_build_object('n', n)
      from generate_series(1, ${count}) as n`.execute(db);
}

/** Marks the workspace's oldest job dead, as the dead-letter list would show it; returns its id. */
export async function killOldestJob(db: Db, workspaceId: string): Promise<string> {
  const job = await db
    .updateTable('platform_jobs')
    .set({ status: 'dead' })
    .where('id', '=', (eb) =>
      eb
        .selectFrom('platform_jobs')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .orderBy('created_at')
        .limit(1),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
  return job.id;
}
