import type { FastifyPluginAsync } from 'fastify';
import type { Config } from './config.js';
import type { Db } from './db/open-database.js';
import type { Subscriber } from './events/types.js';
import type { JobDefinition } from './jobs/types.js';
import type { RecurringJob } from './jobs/schedule.js';

/**
 * What a module gives the kernel through its index.ts: HTTP routes (mounted under /api/v1),
 * event subscribers, job definitions and recurring jobs.
 */
export interface CocreateModule {
  name: string;
  /** Hooks that apply to every route of every module (e.g. authentication), registered first. */
  httpHooks?: FastifyPluginAsync;
  routes?: FastifyPluginAsync;
  subscribers?: readonly Subscriber[];
  jobs?: readonly JobDefinition[];
  schedules?: readonly RecurringJob[];
  /** Adds the module's demo content to the demo workspace (`npm run demo`). */
  demo?: (db: Db, workspaceId: string, config: Config) => Promise<void>;
}
