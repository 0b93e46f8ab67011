import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { createPostgresDatabase, testDbKind } from '../../test-support/db.js';
import { spawnTs, waitForOutput } from '../../test-support/spawn.js';
import { workerContext } from '../../test-support/worker.js';
import { discardDataDir } from '../../test-support/data-dir.js';
import { migrateToLatest, openDatabase } from '../db/index.js';
import { EventDispatcher, type StoredEvent } from './index.js';

describe('crash between commit and delivery', () => {
  it('delivers an event committed before kill -9 once the app is back', async () => {
    const target =
      testDbKind === 'postgres'
        ? await createPostgresDatabase()
        : (() => {
            const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-crash-'));
            return { dataDir, drop: async () => discardDataDir(dataDir) };
          })();
    const env: Record<string, string> =
      'url' in target ? { FIXTURE_DATABASE_URL: target.url } : { FIXTURE_DATA_DIR: target.dataDir };
    const marker = `m-${Date.now()}`;
    const child = spawnTs('server/test-support/fixtures/record-then-hang.ts', [], { ...env, FIXTURE_MARKER: marker });
    await waitForOutput(child, 'committed');
    child.child.kill('SIGKILL');
    await child.exited;

    const database = await openDatabase('url' in target ? { url: target.url } : { dataDir: target.dataDir });
    try {
      await migrateToLatest(database.db, migrations);
      const seen: StoredEvent[] = [];
      const dispatcher = new EventDispatcher(
        workerContext(database.db),
        [{ name: 'after-crash', events: '*', handle: async (e) => void seen.push(e) }],
        { pollMs: 50 },
      );
      // On a shared PostgreSQL server, other databases' open transactions can hold delivery back a moment.
      for (let round = 0; round < 100 && seen.length === 0; round++) {
        if ((await dispatcher.runOnce()) === 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(seen.map((e) => [e.name, (e.payload as { marker: string }).marker])).toEqual([
        ['test.order.placed', marker],
      ]);
    } finally {
      await database.close();
      await target.drop();
    }
  });
});
