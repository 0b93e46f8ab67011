import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import type { JobStatus } from '../db/schema.js';

export interface JobView {
  id: string;
  name: string;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  runAt: Date;
  createdAt: Date;
  finishedAt: Date | null;
}

/** Jobs of one status, newest first: the dead-letter list admins look at. */
export async function listJobs(
  db: Db,
  filter: { status: JobStatus; workspaceId?: string; limit: number; before?: Date },
): Promise<JobView[]> {
  let q = db
    .selectFrom('platform_jobs')
    .select(['id', 'name', 'status', 'attempts', 'max_attempts', 'last_error', 'run_at', 'created_at', 'finished_at'])
    .where('status', '=', filter.status)
    .orderBy('created_at', 'desc')
    .limit(filter.limit);
  if (filter.workspaceId) q = q.where('workspace_id', '=', filter.workspaceId);
  if (filter.before) q = q.where('created_at', '<', filter.before);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    status: r.status,
    attempts: r.attempts,
    maxAttempts: r.max_attempts,
    lastError: r.last_error,
    runAt: r.run_at,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  }));
}

/** Puts a dead job back in the queue with fresh attempts. Returns false if it was not dead. */
export async function retryDeadJob(db: Db, id: string, workspaceId?: string): Promise<boolean> {
  let q = db
    .updateTable('platform_jobs')
    .set({ status: 'queued', attempts: 0, run_at: sql<Date>`now()`, finished_at: null })
    .where('id', '=', id)
    .where('status', '=', 'dead');
  if (workspaceId) q = q.where('workspace_id', '=', workspaceId);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Counts by status, for /metrics and the console. */
export async function countJobs(db: Db): Promise<Record<JobStatus, number>> {
  const rows = await db
    .selectFrom('platform_jobs')
    .select(['status', sql<number>`count(*)::int`.as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<JobStatus, number> = { queued: 0, running: 0, done: 0, dead: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}
