import { loadConfig } from './platform/config.js';
import { migrateToLatest, openDatabase } from './platform/db/index.js';
import { migrations } from './migrations/index.js';

const commands: Record<string, () => Promise<void>> = {
  async migrate() {
    const config = loadConfig();
    const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
    try {
      const results = await migrateToLatest(database.db, migrations);
      for (const r of results) console.log(`${r.status}: ${r.migrationName}`);
      if (results.length === 0) console.log('Nothing to migrate.');
    } finally {
      await database.close();
    }
  },
};

const name = process.argv[2] ?? '';
const command = commands[name];
if (!command) {
  console.error(`Usage: cocreate <${Object.keys(commands).join('|')}>`);
  process.exit(2);
}
command().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
