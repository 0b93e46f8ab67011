import { CronExpressionParser } from 'cron-parser';
import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import { withTransaction } from '../db/transaction.js';
import { enqueue } from './enqueue.js';

export interface RecurringJob {
  /** Stable name of the schedule. */
  name: string;
  /** Five-field cron expression, evaluated in UTC. */
  cron: string;
  jobName: string;
  payload?: unknown;
}

const nextRun = (cron: string, after: Date) =>
  CronExpressionParser.parse(cron, { currentDate: after, tz: 'UTC' }).next().toDate();

/** Creates or updates a recurring job. Throws on an invalid cron expression. */
export async function upsertSchedule(db: Db, job: RecurringJob): Promise<void> {
  const next = nextRun(job.cron, new Date());
  await db
    .insertInto('platform_schedules')
    .values({
      name: job.name,
      cron: job.cron,
      job_name: job.jobName,
      payload: JSON.stringify(job.payload ?? {}),
      next_run_at: next,
    })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet({
        cron: job.cron,
        job_name: job.jobName,
        payload: JSON.stringify(job.payload ?? {}),
        next_run_at: sql<Date>`case when platform_schedules.cron = excluded.cron
          then platform_schedules.next_run_at else excluded.next_run_at end`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/**
 * Enqueues one job for every schedule that is due. A schedule row is locked while it is
 * handled, and the job's singleton key is the due time, so each occurrence runs once even with
 * several workers.
 */
export async function enqueueDueSchedules(db: Db): Promise<number> {
  return withTransaction(db, async (tx) => {
    const due = await tx
      .selectFrom('platform_schedules')
      .selectAll()
      .where('next_run_at', '<=', sql<Date>`now()`)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const s of due) {
      await enqueue(tx, {
        name: s.job_name,
        payload: s.payload,
        singletonKey: `${s.name}@${s.next_run_at.toISOString()}`,
      });
      await tx
        .updateTable('platform_schedules')
        .set({ next_run_at: nextRun(s.cron, new Date()), updated_at: sql<Date>`now()` })
        .where('name', '=', s.name)
        .execute();
    }
    return due.length;
  });
}
