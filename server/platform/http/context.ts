import type { Config } from '../config.js';
import type { Db } from '../db/open-database.js';
import type { FileStorage } from '../storage/index.js';

/** What route handlers reach through `request.server.platform`. */
export interface PlatformContext {
  config: Config;
  db: Db;
  databaseKind: 'pglite' | 'postgres';
  storage: FileStorage;
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: PlatformContext;
  }
}
