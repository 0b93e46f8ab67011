import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../test-support/app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { workerContext } from '../../test-support/worker.js';
import { withTransaction } from '../db/index.js';
import { enqueue, JobWorker, listJobs, retryDeadJob, upsertSchedule, type JobDefinition } from './index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await sql`truncate platform_jobs, platform_schedules`.execute(database.db);
});

const jobRow = (id: string) =>
  database.db.selectFrom('platform_jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const makeDue = () => sql`update platform_jobs set run_at = now() where status = 'queued'`.execute(database.db);

describe('jobs', () => {
  it('runs a queued job once and marks it done', async () => {
    const ran: unknown[] = [];
    const worker = new JobWorker(
      workerContext(database.db),
      [{ name: 'test.greet', handle: async (p) => void ran.push(p) }],
      { pollMs: 50, concurrency: 2 },
    );
    const id = await enqueue(database.db, { name: 'test.greet', payload: { to: '客户' } });
    expect(await worker.runOnce()).toBe(1);
    expect(await worker.runOnce()).toBe(0);
    expect(ran).toEqual([{ to: '客户' }]);
    expect((await jobRow(id!)).status).toBe('done');
  });

  it('hands each job the settings, logger and file storage the worker runs with', async () => {
    const config = testConfig({ PUBLIC_URL: 'https://jobs.brand.example' });
    const seen: string[] = [];
    const definition: JobDefinition = {
      name: 'test.context',
      handle: async (_p, { config: given, logger, storage, jobId }) => {
        logger.debug({ jobId }, 'running');
        await storage.put('test/context.txt', Buffer.from(jobId));
        seen.push(`${given.publicUrl}:${(await storage.get('test/context.txt'))?.toString()}`);
      },
    };
    const worker = new JobWorker(workerContext(database.db, config), [definition], { pollMs: 50, concurrency: 1 });
    const id = await enqueue(database.db, { name: 'test.context', payload: {} });
    await worker.runOnce();
    expect(seen).toEqual([`https://jobs.brand.example:${id}`]);
  });

  it('retries a failing job with growing backoff, then dead-letters it', async () => {
    const attempts: number[] = [];
    const failing: JobDefinition = {
      name: 'test.fail',
      maxAttempts: 3,
      backoffMs: 60_000,
      handle: async (_p, ctx) => {
        attempts.push(ctx.attempt);
        throw new Error(`refused on attempt ${ctx.attempt}`);
      },
    };
    const worker = new JobWorker(workerContext(database.db), [failing], { pollMs: 50, concurrency: 1 });
    const id = (await enqueue(database.db, { name: 'test.fail', payload: {} }))!;

    await worker.runOnce();
    let row = await jobRow(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    const firstDelay = row.run_at.getTime() - Date.now();
    expect(firstDelay).toBeGreaterThan(50_000);
    expect(await worker.runOnce()).toBe(0); // not due yet

    await makeDue();
    await worker.runOnce();
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'queued', attempts: 2 });
    expect(row.run_at.getTime() - Date.now()).toBeGreaterThan(firstDelay + 30_000); // doubled

    await makeDue();
    await worker.runOnce();
    row = await jobRow(id);
    expect(row).toMatchObject({ status: 'dead', attempts: 3 });
    expect(row.last_error).toContain('refused on attempt 3');
    expect(attempts).toEqual([1, 2, 3]);

    const dead = await listJobs(database.db, { status: 'dead', limit: 10 });
    expect(dead.map((j) => j.id)).toEqual([id]);
    expect(await retryDeadJob(database.db, id)).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('does not keep a job enqueued in a transaction that rolled back', async () => {
    await expect(
      withTransaction(database.db, async (tx) => {
        await enqueue(tx, { name: 'test.greet', payload: {} });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from platform_jobs`.execute(database.db);
    expect(rows[0]?.n).toBe(0);
  });

  it('keeps one queued job per singleton key', async () => {
    const first = await enqueue(database.db, { name: 'test.digest', payload: {}, singletonKey: 'ws-1' });
    const second = await enqueue(database.db, { name: 'test.digest', payload: {}, singletonKey: 'ws-1' });
    expect(first).not.toBeNull();
    expect(second).toBeNull();
  });

  it('claims again a job whose worker died mid-run', async () => {
    const id = (await enqueue(database.db, { name: 'test.greet', payload: {} }))!;
    await sql`update platform_jobs set status = 'running', attempts = 1, locked_until = now() - interval '1 second' where id = ${id}`.execute(
      database.db,
    );
    const ran: number[] = [];
    const worker = new JobWorker(
      workerContext(database.db),
      [{ name: 'test.greet', handle: async (_p, c) => void ran.push(c.attempt) }],
      { pollMs: 50, concurrency: 1 },
    );
    await worker.runOnce();
    expect(ran).toEqual([2]);
    expect((await jobRow(id)).status).toBe('done');
  });

  it('never runs one job in two workers at once', async () => {
    let running = 0;
    let overlap = false;
    const ran: string[] = [];
    const definition: JobDefinition = {
      name: 'test.slow',
      handle: async (_p, c) => {
        running++;
        if (running > 1 && ran.includes(c.jobId)) overlap = true;
        ran.push(c.jobId);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      },
    };
    for (let i = 0; i < 12; i++) await enqueue(database.db, { name: 'test.slow', payload: { i } });
    const a = new JobWorker(workerContext(database.db), [definition], { pollMs: 50, concurrency: 3 });
    const b = new JobWorker(workerContext(database.db), [definition], { pollMs: 50, concurrency: 3 });
    for (let round = 0; round < 10 && ran.length < 12; round++) await Promise.all([a.runOnce(), b.runOnce()]);
    expect(ran).toHaveLength(12);
    expect(new Set(ran).size).toBe(12);
    expect(overlap).toBe(false);
  });

  it('enqueues a recurring job once per occurrence', async () => {
    const ran: unknown[] = [];
    const worker = new JobWorker(
      workerContext(database.db),
      [{ name: 'test.digest', handle: async (p) => void ran.push(p) }],
      { pollMs: 50, concurrency: 1 },
    );
    await upsertSchedule(database.db, {
      name: 'daily-digest',
      cron: '0 8 * * *',
      jobName: 'test.digest',
      payload: { kind: 'daily' },
    });
    await worker.runOnce();
    expect(ran).toEqual([]); // not due until 08:00
    await sql`update platform_schedules set next_run_at = now() - interval '1 minute'`.execute(database.db);
    await Promise.all([worker.runOnce(), worker.runOnce()]);
    await worker.runOnce();
    expect(ran).toEqual([{ kind: 'daily' }]);
    const schedule = await database.db.selectFrom('platform_schedules').selectAll().executeTakeFirstOrThrow();
    expect(schedule.next_run_at.getUTCHours()).toBe(8);
    expect(schedule.next_run_at.getTime()).toBeGreaterThan(Date.now());
    await expect(upsertSchedule(database.db, { name: 'bad', cron: 'every day', jobName: 'x' })).rejects.toThrow();
  });
});
