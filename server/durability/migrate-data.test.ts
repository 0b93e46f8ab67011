import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { migrations } from '../migrations/index.js';
import { modules } from '../modules/index.js';
import { migrateToLatest, openDatabase, withTransaction, type DatabaseHandle } from '../platform/db/index.js';
import { migratePgliteData } from '../platform/db/migrate-pglite-data.js';
import { record } from '../platform/events/index.js';
import { testConfig } from '../test-support/app.js';
import { testDbKind } from '../test-support/db.js';
import { inject, setUpWorkspace, signUpCustomer } from '../test-support/identity.js';
import { spawnTs } from '../test-support/spawn.js';
import { discardDataDir } from '../test-support/data-dir.js';
import { deliverEvents, workerContext } from '../test-support/worker.js';

// Upgrading from the previous default: a data directory written by Cocreate on PGlite is refused
// by the embedded server until `npm run migrate-data` has copied it, row for row.

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) discardDataDir(dir);
});

/** Every row of every table (migrations' bookkeeping aside), as PostgreSQL prints it, in UTC. */
async function dump(database: DatabaseHandle): Promise<Record<string, string>> {
  const client = await database.pool.connect();
  try {
    await client.query(`set time zone 'UTC'`);
    const { rows: tables } = await client.query<{ name: string }>(
      `select tablename as name from pg_tables where schemaname = 'public'
          and tablename not like 'platform_migrations%' order by 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: string }>(
        `select coalesce(jsonb_agg(to_jsonb(t) order by to_jsonb(t)::text), '[]')::text as rows from "${name}" t`,
      );
      out[name] = rows[0]!.rows;
    }
    return out;
  } finally {
    client.release();
  }
}

describe.runIf(testDbKind === 'pglite')('npm run migrate-data', () => {
  it('copies a PGlite data directory into the embedded server exactly, and Cocreate runs on it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-upgrade-'));
    dirs.push(dataDir);
    const config = testConfig({ COCREATE_DATA_DIR: dataDir });

    // Cocreate as it was: PGlite, with a workspace, customers, an idea, votes and their events delivered.
    const lite = await openDatabase({ dataDir, engine: 'pglite' });
    let before: Record<string, string>;
    let ideaId: string;
    try {
      await migrateToLatest(lite.db, migrations);
      const app = await buildApp({ config, database: lite, modules, webRoot: '/nonexistent' });
      try {
        const owner = await setUpWorkspace(app, 'haier');
        const ana = await signUpCustomer(app, 'ana@example.com', 'haier');
        const bo = await signUpCustomer(app, 'bo@example.com', 'haier');
        const board = await inject(app, owner, {
          method: 'POST',
          url: '/api/v1/idea-boards',
          payload: { slug: 'fridges', name: '冰箱 Fridges' },
        });
        expect(board.statusCode, board.body).toBe(201);
        const idea = await inject(app, ana, {
          method: 'POST',
          url: '/api/v1/ideas',
          payload: { board: 'fridges', title: '冰箱自动除霜提醒', body: '除霜的时候**提醒**我' },
        });
        expect(idea.statusCode, idea.body).toBe(201);
        ideaId = idea.json<{ id: string }>().id;
        for (const voter of [ana, bo]) {
          const vote = await inject(app, voter, { method: 'PUT', url: `/api/v1/ideas/${ideaId}/vote`, payload: {} });
          expect(vote.statusCode, vote.body).toBe(200);
        }
        await deliverEvents(workerContext(lite.db, config), modules);
      } finally {
        await app.close();
      }
      before = await dump(lite);
    } finally {
      await lite.close();
    }
    expect(JSON.parse(before.ideas!)).toHaveLength(1);
    expect(JSON.parse(before.idea_votes!)).toHaveLength(2);
    expect(JSON.parse(before.platform_events!).length).toBeGreaterThan(3);

    // The embedded server would start empty: Cocreate refuses and names the command.
    const refused = spawnTs('server/main.ts', [], { COCREATE_DATA_DIR: dataDir, PORT: '0' });
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain('npm run migrate-data');

    const run = spawnTs('server/cli.ts', ['migrate-data'], { COCREATE_DATA_DIR: dataDir });
    expect(await run.exited, run.output()).toBe(0);
    expect(run.output()).toMatch(/Copied \d+ rows of \d+ tables and \d+ sequences into embedded PostgreSQL/);
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(false);
    expect(fs.readdirSync(dataDir).some((f) => f.startsWith('pgdata.migrated-'))).toBe(true);

    const server = await openDatabase({ dataDir });
    try {
      expect(server.summary).toMatch(/^embedded PostgreSQL/);
      expect(await dump(server)).toEqual(before);
      // Sequences were carried over: the next event's id follows the copied ones.
      const maxBefore = Math.max(...JSON.parse(before.platform_events!).map((e: { id: number }) => Number(e.id)));
      const [next] = await withTransaction(server.db, (tx) =>
        record(tx, { name: 'test.upgrade.checked', workspaceId: null, payload: {} }),
      ).then(() =>
        server.db.selectFrom('platform_events').select('id').where('name', '=', 'test.upgrade.checked').execute(),
      );
      expect(Number(next!.id)).toBeGreaterThan(maxBefore);
      // The app on the copy finds the idea by its Chinese words.
      const app = await buildApp({ config, database: server, modules, webRoot: '/nonexistent' });
      try {
        const found = await inject(app, null, {
          url: `/api/v1/ideas?q=${encodeURIComponent('除霜')}`,
          headers: { 'x-cocreate-workspace': 'haier' },
        });
        expect(found.statusCode, found.body).toBe(200);
        expect(found.json<{ items: { id: string; voteCount: number }[] }>().items).toEqual([
          expect.objectContaining({ id: ideaId!, voteCount: 2 }),
        ]);
      } finally {
        await app.close();
      }
    } finally {
      await server.close();
    }

    // A second copy into a server that holds data is refused, and the PGlite data stays where it is.
    await (await openDatabase({ dataDir, engine: 'pglite' })).close();
    await expect(migratePgliteData({ dataDir, migrations })).rejects.toMatchObject({
      code: 'migrate_data_target_not_empty',
    });
    expect(fs.existsSync(path.join(dataDir, 'pgdata'))).toBe(true);
  }, 240_000);
});
