import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import { enqueueDueSchedules } from './schedule.js';
import { PollingLoop } from '../polling-loop.js';
import type { WorkerContext } from '../worker-context.js';
import type { JobDefinition } from './types.js';

export interface WorkerOptions {
  pollMs: number;
  concurrency: number;
}

interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  attempts: number;
  max_attempts: number;
}

const DEFAULTS = { maxAttempts: 5, backoffMs: 5_000, maxBackoffMs: 3_600_000, timeoutMs: 300_000 };

/**
 * Runs due jobs. Jobs are claimed with FOR UPDATE SKIP LOCKED, so several workers on one
 * PostgreSQL never run the same job at once; a job whose worker died is claimed again once its
 * lock expires. Failures are retried with exponential backoff and then dead-lettered.
 */
export class JobWorker {
  private readonly definitions = new Map<string, JobDefinition>();
  private readonly loop: PollingLoop;

  private readonly db: Db;

  /** `context` is what every job's handler is handed, with the job's id and attempt. */
  constructor(
    private readonly context: WorkerContext,
    definitions: readonly JobDefinition[],
    private readonly options: WorkerOptions,
  ) {
    this.db = context.db;
    this.loop = new PollingLoop(
      () => this.runOnce(),
      options.pollMs,
      (err) => context.logger.error({ err }, 'job polling failed'),
    );
    for (const d of definitions) {
      if (this.definitions.has(d.name)) throw new Error(`Two job definitions are named ${d.name}`);
      this.definitions.set(d.name, d as JobDefinition);
    }
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Enqueues due schedules, then claims and runs one batch of due jobs; returns how many ran. */
  async runOnce(): Promise<number> {
    await enqueueDueSchedules(this.db);
    const jobs = await this.claim(this.options.concurrency);
    await Promise.all(jobs.map((job) => this.run(job)));
    return jobs.length;
  }

  private async claim(limit: number): Promise<ClaimedJob[]> {
    const names = [...this.definitions.keys()];
    if (names.length === 0) return [];
    const timeoutSeconds =
      Math.max(...[...this.definitions.values()].map((d) => d.timeoutMs ?? DEFAULTS.timeoutMs)) / 1000;
    const { rows } = await sql<ClaimedJob>`
      update platform_jobs
         set status = 'running', attempts = attempts + 1,
             locked_until = now() + make_interval(secs => ${timeoutSeconds})
       where id in (
         select id from platform_jobs
          where name = any(${names}::text[])
            and ((status = 'queued' and run_at <= now()) or (status = 'running' and locked_until < now()))
          order by run_at
          limit ${limit}
          for update skip locked)
      returning id, name, payload, attempts, max_attempts`.execute(this.db);
    return rows;
  }

  private async run(job: ClaimedJob): Promise<void> {
    const definition = this.definitions.get(job.name);
    if (!definition) return;
    const maxAttempts = Math.min(job.max_attempts, definition.maxAttempts ?? job.max_attempts);
    try {
      if (job.attempts > maxAttempts) throw new Error('attempts exhausted (the job stalled or crashed its worker)');
      await definition.handle(job.payload, { ...this.context, jobId: job.id, attempt: job.attempts });
      await this.db
        .updateTable('platform_jobs')
        .set({ status: 'done', finished_at: sql<Date>`now()`, locked_until: null, last_error: null })
        .where('id', '=', job.id)
        .execute();
    } catch (err) {
      const dead = job.attempts >= maxAttempts;
      const base = definition.backoffMs ?? DEFAULTS.backoffMs;
      const delayMs = Math.min(base * 2 ** (job.attempts - 1), definition.maxBackoffMs ?? DEFAULTS.maxBackoffMs);
      await this.db
        .updateTable('platform_jobs')
        .set({
          status: dead ? 'dead' : 'queued',
          last_error: String((err as Error).stack ?? err).slice(0, 4000),
          locked_until: null,
          run_at: new Date(Date.now() + delayMs),
          finished_at: dead ? sql<Date>`now()` : null,
        })
        .where('id', '=', job.id)
        .execute();
      this.context.logger.warn({ err, job: job.name, jobId: job.id, attempt: job.attempts, dead }, 'job failed');
    }
  }
}
