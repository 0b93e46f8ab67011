import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Db } from './db/open-database.js';
import type { FileStorage } from './storage/index.js';

/**
 * What background work runs with: the platform a request's command gets (the database, the
 * configuration, the file storage) and a logger. The runtime builds it once from the settings it
 * started with and hands it to the event dispatcher and the job worker, so subscribers and jobs
 * never read settings themselves.
 */
export interface WorkerContext {
  db: Db;
  config: Config;
  logger: Logger;
  storage: FileStorage;
}
