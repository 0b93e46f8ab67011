import type { FastifyInstance } from 'fastify';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.js';
import { migrations } from './migrations/index.js';
import type { Config } from './platform/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from './platform/db/index.js';
import { EventDispatcher } from './platform/events/index.js';
import { idempotencySweepJob, idempotencySweepSchedule } from './platform/http/idempotency/sweep.js';
import { JobWorker, upsertSchedule } from './platform/jobs/index.js';
import { mailJob } from './platform/mail/index.js';
import type { CocreateModule } from './platform/module.js';
import { directoryStorage } from './platform/storage/index.js';
import type { WorkerContext } from './platform/worker-context.js';
import path from 'node:path';

export type Role = 'web' | 'worker';

export interface Runtime {
  database: DatabaseHandle;
  app?: FastifyInstance;
  dispatcher?: EventDispatcher;
  worker?: JobWorker;
  stop(): Promise<void>;
}

/**
 * Opens the database, applies migrations, and starts the requested roles: `web` serves HTTP,
 * `worker` delivers events and runs jobs. Both run in one process by default.
 */
export async function startRuntime(
  config: Config,
  modules: readonly CocreateModule[],
  roles: readonly Role[],
  logger: Logger = pino({ level: config.LOG_LEVEL }),
): Promise<Runtime> {
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.dataDir,
    poolSize: config.DATABASE_POOL_SIZE,
    engine: config.COCREATE_DB,
    serverUser: config.COCREATE_DB_USER,
  });
  const runtime: Runtime = {
    database,
    async stop() {
      await runtime.app?.close();
      await runtime.dispatcher?.stop();
      await runtime.worker?.stop();
      await database.close();
    },
  };
  try {
    await migrateToLatest(database.db, migrations);
    // Serve first, deliver after: a backlog of undelivered events (after `npm run demo`, a crash,
    // or a worker that was down) must never hold up start-up. Delivering it while the app is being
    // built competes for the CPU and, on PGlite, for the one connection, and start-up then fails
    // on Fastify's plugin timeout instead of answering.
    if (roles.includes('web')) {
      runtime.app = await buildApp({ config, database, modules });
      await runtime.app.listen({ port: config.PORT, host: config.HOST });
    }
    if (roles.includes('worker')) {
      // Subscribers and jobs get the settings this process started with, as requests do.
      const context: WorkerContext = {
        db: database.db,
        config,
        logger,
        storage: directoryStorage(path.join(config.dataDir, 'uploads')),
      };
      runtime.dispatcher = new EventDispatcher(
        context,
        modules.flatMap((m) => m.subscribers ?? []),
        { pollMs: config.EVENT_POLL_MS },
      );
      const platformJobs = [mailJob(config, logger), idempotencySweepJob];
      runtime.worker = new JobWorker(context, [...platformJobs, ...modules.flatMap((m) => m.jobs ?? [])], {
        pollMs: config.JOB_POLL_MS,
        concurrency: config.JOB_CONCURRENCY,
      });
      for (const schedule of [idempotencySweepSchedule, ...modules.flatMap((m) => m.schedules ?? [])])
        await upsertSchedule(database.db, schedule);
      runtime.dispatcher.start();
      runtime.worker.start();
    }
  } catch (err) {
    await runtime.stop().catch(() => {});
    throw err;
  }
  return runtime;
}
