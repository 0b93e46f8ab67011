import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import type { Db, DatabaseHandle } from './open-database.js';
import { startPgliteThread, type PgliteThread } from './pglite-thread.js';
import type { Database } from './schema.js';

/**
 * Opens PGlite on `dataDir` (its files in dataDir/pgdata, the directory locked to this process),
 * or in memory for 'memory', in a worker thread, behind a pg Pool of one connection and Kysely.
 * If PGlite cannot open the directory, rejects with an error saying so (and releases the lock).
 */
export async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir === 'memory';
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let thread: PgliteThread;
  try {
    thread = await startPgliteThread(inMemory ? 'memory://' : path.join(dataDir, 'pgdata'));
  } catch (err) {
    unlock();
    throw err;
  }
  // PGlite is one connection: a pool of one makes transactions wait their turn instead of
  // interleaving. It keeps its connection (no idle timeout): a new one would be a new session.
  const pool = new pg.Pool({
    stream: () => thread.connect(),
    user: 'postgres',
    database: 'postgres',
    ssl: false,
    max: 1,
    idleTimeoutMillis: 0,
  });
  pool.on('error', () => {
    /* the thread failed while the connection was idle; the next query reports why */
  });
  const db: Db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'pglite',
    db,
    pool,
    close: async () => {
      try {
        await db.destroy();
        await thread.close();
      } finally {
        unlock();
      }
    },
  };
}
