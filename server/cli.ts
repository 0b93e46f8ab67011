import { loadConfig } from './platform/config.js';
import { migrateToLatest, openDatabase } from './platform/db/index.js';
import { migratePgliteData } from './platform/db/migrate-pglite-data.js';
import { AppError } from './platform/errors.js';
import { migrations } from './migrations/index.js';
import { createDemoWorkspace, DEMO_PASSWORD } from './modules/identity/index.js';
import { modules } from './modules/index.js';

async function withDatabase(
  work: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<void>,
): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.dataDir,
    engine: config.COCREATE_DB,
    serverUser: config.COCREATE_DB_USER,
  });
  try {
    await migrateToLatest(database.db, migrations);
    await work(database.db);
  } finally {
    await database.close();
  }
}

const commands: Record<string, () => Promise<void>> = {
  async migrate() {
    await withDatabase(async () => console.log('Database is up to date.'));
  },
  /** Copies the previous default's PGlite data into the embedded PostgreSQL server (or DATABASE_URL). */
  async 'migrate-data'() {
    const config = loadConfig();
    if (config.COCREATE_DB === 'pglite' && !config.DATABASE_URL) {
      console.error('COCREATE_DB=pglite keeps the data in PGlite: unset it to copy the data into the embedded server.');
      process.exit(2);
    }
    const result = await migratePgliteData({
      dataDir: config.dataDir,
      url: config.DATABASE_URL,
      serverUser: config.COCREATE_DB_USER,
      migrations,
    });
    const rows = Object.values(result.tables).reduce((n, r) => n + r, 0);
    console.log(
      `Copied ${rows} rows of ${Object.keys(result.tables).length} tables and ${result.sequences} sequences ` +
        `into ${result.target}.`,
    );
    console.log(`The PGlite data is kept in ${result.movedTo}; delete it once you are satisfied.`);
  },
  async demo() {
    const config = loadConfig();
    await withDatabase(async (db) => {
      const demo = await createDemoWorkspace(db);
      if (!demo) {
        console.log('The demo workspace exists already.');
        return;
      }
      for (const module of modules) await module.demo?.(db, demo.workspaceId, config);
      console.log('Demo workspace "demo" created. Sign in with any of these (password: %s):', DEMO_PASSWORD);
      for (const a of demo.accounts) console.log(`  ${a.role.padEnd(10)} ${a.email}`);
      console.log(`Portal: ${config.publicUrl}/   Console: ${config.publicUrl}/console`);
    });
  },
};

const name = process.argv[2] ?? '';
const command = commands[name];
if (!command) {
  console.error(`Usage: cocreate <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
command().catch((err: unknown) => {
  console.error(err instanceof AppError ? err.detail : err instanceof Error ? err.message : err);
  process.exit(1);
});
