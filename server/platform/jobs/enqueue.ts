import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { newId } from '../ids.js';

export interface EnqueueOptions<P> {
  name: string;
  payload: P;
  workspaceId?: string | null;
  runAt?: Date;
  maxAttempts?: number;
  /** At most one queued or running job per name and key; a second enqueue is ignored. */
  singletonKey?: string;
}

/**
 * Adds a durable job. Pass the command's transaction so the job exists exactly when the change
 * that asked for it does. Returns the job id, or null when a singleton is already queued.
 */
export async function enqueue<P>(db: Kysely<Database>, job: EnqueueOptions<P>): Promise<string | null> {
  const id = newId();
  const result = await sql<{ id: string }>`
    insert into platform_jobs (id, name, payload, workspace_id, run_at, max_attempts, singleton_key)
    values (${id}, ${job.name}, ${JSON.stringify(job.payload ?? {})}::jsonb, ${job.workspaceId ?? null},
            ${job.runAt ?? new Date()}, ${job.maxAttempts ?? 5}, ${job.singletonKey ?? null})
    on conflict (name, singleton_key)
      where singleton_key is not null and status in ('queued', 'running')
      do nothing
    returning id`.execute(db);
  return result.rows[0]?.id ?? null;
}
