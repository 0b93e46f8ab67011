import pg from 'pg';
import { inject } from 'vitest';
import { migrations } from '../migrations/index.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../platform/db/index.js';
import { newId } from '../platform/ids.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The migrated template database on TEST_DATABASE_URL's server (postgres-template.ts); empty on PGlite. */
    postgresTemplate: string;
  }
}

/** Which database the suite runs on: TEST_DB=postgres (with TEST_DATABASE_URL) or pglite. */
export const testDbKind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export interface TestDatabase extends DatabaseHandle {
  /** The connection URL on PostgreSQL (for child processes); undefined on PGlite. */
  url?: string;
}

/**
 * A fresh, migrated database for one test file: an in-memory PGlite, or a new database on the
 * test PostgreSQL server (dropped again by close()).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDbKind === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory' });
    await migrateToLatest(handle.db, migrations);
    return handle;
  }
  const { url, drop } = await createPostgresDatabase();
  const handle = await openDatabase({ url, poolSize: 5 });
  await migrateToLatest(handle.db, migrations);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      await drop();
    },
  };
}

/**
 * Creates a UTF-8 database on the test server — a copy of the run's migrated template (see
 * postgres-template.ts), else an empty one — and returns its URL and a way to drop it.
 */
export async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_DATABASE_URL (see scripts/test.mjs)');
  const name = `cc_test_${newId().replace(/-/g, '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const template = inject('postgresTemplate');
  await admin.query(
    template
      ? `create database ${name} template ${template}`
      : `create database ${name} template template0 encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8'`,
  );
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
