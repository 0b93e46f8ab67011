import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { checkUtf8Locale } from './check-locale.js';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-postgres/index.js';
import { openPglite } from './pglite-open.js';
import { countStatements } from './statement-count.js';
import type { Database } from './schema.js';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  kind: 'pglite' | 'postgres';
  db: Db;
  /** The pg Pool beneath Kysely; on PGlite a pool of one connection. */
  pool: pg.Pool;
  close(): Promise<void>;
  /** Which database this is, for the start-up line (and, for PGlite, its limits and why it runs). */
  summary?: string;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL URL; without it an embedded database in dataDir is used. */
  url?: string | undefined;
  /** Where the embedded database lives; 'memory' keeps a PGlite in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /**
   * Without a URL: `embedded` (the default) starts or joins Cocreate's own PostgreSQL server in
   * dataDir/postgres, falling back to PGlite where no binary package is installed; `pglite`
   * forces PGlite.
   */
  engine?: 'embedded' | 'pglite' | undefined;
  /** COCREATE_DB_USER: the user the embedded server runs as when Cocreate runs as root. */
  serverUser?: string | undefined;
  /** Opens the embedded server although the data directory's PGlite data is not copied yet (to copy it). */
  copyingPglite?: boolean;
}

/**
 * Opens PostgreSQL (when a URL is given), else the embedded PostgreSQL server of the data
 * directory, else PGlite, all behind Kysely over pg.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const handle = await openChosen(options);
  countStatements(handle.pool);
  return handle;
}

async function openChosen(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const max = options.poolSize ?? 10;
  if (options.url) {
    const handle = await openPostgres({ connectionString: options.url }, max);
    return { ...handle, summary: 'PostgreSQL from DATABASE_URL' };
  }
  const dataDir = options.dataDir ?? 'memory';
  if (dataDir === 'memory') return openPglite(dataDir);
  let why = 'COCREATE_DB=pglite';
  if (options.engine !== 'pglite') {
    const started = await startEmbeddedServer({
      dataDir,
      serverUser: options.serverUser,
      copyingPglite: options.copyingPglite ?? false,
    });
    if (started.unavailable === undefined) return openEmbedded(started.server, max);
    why = started.unavailable;
  }
  const handle = await openPglite(dataDir);
  handle.summary =
    `PGlite in ${path.join(path.resolve(dataDir), 'pgdata')} (${why}): fsync off, so a power loss can lose ` +
    'recent writes or damage the data; one process only';
  return handle;
}

/** A pool on the embedded server; closing it leaves the server (the last process to leave stops it). */
async function openEmbedded(server: EmbeddedServer, max: number): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  try {
    handle = await openPostgres(server.connection, max);
  } catch (err) {
    await server.leave();
    throw err;
  }
  return {
    ...handle,
    summary: server.summary,
    close: async () => {
      try {
        await handle.close();
      } finally {
        await server.leave();
      }
    },
  };
}

async function openPostgres(config: pg.PoolConfig, max: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ ...config, max });
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
