import type { Config } from '../config.js';
import type { Db } from '../db/open-database.js';

/** What route handlers reach through `request.server.platform`. */
export interface PlatformContext {
  config: Config;
  db: Db;
  databaseKind: 'pglite' | 'postgres';
}

declare module 'fastify' {
  interface FastifyInstance {
    platform: PlatformContext;
  }
}
