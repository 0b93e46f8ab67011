import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { checkUtf8Locale } from './check-locale.js';
import { countStatements } from './statement-count.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** The pg Pool beneath Kysely; on PGlite a pool of one connection. */
  pool: pg.Pool;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; without it the embedded database is used. */
  url?: string | undefined;
  /** Where the embedded database lives; 'memory' keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

/** Opens PostgreSQL (when a URL is given) or the embedded PGlite, both behind Kysely over pg. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.url
    ? await openPostgres(options.url, options.poolSize ?? 10)
    : await openPglite(options.dataDir ?? 'memory');
  countStatements(handle.pool);
  return handle;
}

async function openPostgres(url: string, max: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    /* an idle client lost its server; the pool replaces it */
  });
  try {
    await checkUtf8Locale(pool);
  } catch (err) {
    await pool.end();
    throw err;
  }
  const db: Db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kind: 'postgres', db, pool, close: () => db.destroy() };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir === 'memory';
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let lite: PGlite;
  try {
    lite = await PGlite.create(inMemory ? 'memory://' : path.join(dataDir, 'pgdata'), {
      extensions: { pg_trgm },
    });
  } catch (err) {
    unlock();
    throw err;
  }
  // PGlite is one connection: a pool of one makes transactions wait their turn instead of interleaving.
  const pool = new pg.Pool({ ...createPgConfig(lite), max: 1 });
  const db: Db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'pglite',
    db,
    pool,
    close: async () => {
      await db.destroy();
      await lite.close();
      unlock();
    },
  };
}
