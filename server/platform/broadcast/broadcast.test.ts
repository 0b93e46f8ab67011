import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createTestDatabase, testDbKind, type TestDatabase } from '../../test-support/db.js';
import { testConfig } from '../../test-support/app.js';
import { migrateToLatest, openDatabase, withTransaction, type DatabaseHandle } from '../db/index.js';
import { migrations } from '../../migrations/index.js';
import { record } from '../events/index.js';
import { announce, listenForAnnouncements, onAnnouncement, type Announcement } from './index.js';

function collect(match: (a: Announcement) => boolean) {
  const seen: Announcement[] = [];
  const off = onAnnouncement((a) => {
    if (match(a)) seen.push(a);
  });
  return { seen, off };
}

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 25));
};

describe('announcements', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('a recorded event is announced in this process after commit, never after a rollback', async () => {
    const { seen, off } = collect((a) => a.topic === 'event' && a.name === 'test.thing.happened');
    await withTransaction(database.db, async (tx) => {
      await record(tx, { name: 'test.thing.happened', workspaceId: null, payload: { n: 1 } });
      expect(seen).toHaveLength(0);
    });
    expect(seen).toEqual([{ topic: 'event', name: 'test.thing.happened', workspaceId: null, payload: { n: 1 } }]);
    await withTransaction(database.db, async (tx) => {
      await record(tx, { name: 'test.thing.happened', workspaceId: null, payload: { n: 2 } });
      throw new Error('rolled back');
    }).catch(() => {});
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toHaveLength(1);
    off();
  });

  it.runIf(testDbKind === 'postgres')(
    'reaches a process holding its own connection, by trigger and by announce()',
    async () => {
      // A second handle on the same database stands for another process.
      const other: DatabaseHandle = await openDatabase({ url: database.url, poolSize: 2 });
      await migrateToLatest(other.db, migrations);
      const heard: Announcement[] = [];
      const stop = listenForAnnouncements(database, { warn: () => {} });
      const offHeard = onAnnouncement((a) => {
        if (a.topic === 'session_ended' || a.name === 'test.other.happened') heard.push(a);
      });
      await new Promise((r) => setTimeout(r, 200));
      await withTransaction(other.db, async (tx) => {
        await record(tx, { name: 'test.other.happened', workspaceId: null, payload: { big: 'x'.repeat(7000) } });
        await announce(tx, { topic: 'session_ended', workspaceId: null, key: 'abc' });
      });
      // The writer hears both locally; the listener hears both again, over the connection.
      await until(() => heard.length >= 4);
      expect(heard.filter((a) => a.topic === 'event')).toHaveLength(2);
      expect(heard.find((a) => a.topic === 'event' && a.payload === null)).toBeTruthy();
      expect(heard.filter((a) => a.topic === 'session_ended' && a.key === 'abc')).toHaveLength(2);
      offHeard();
      await stop();
      await other.close();
    },
  );

  it('an app listens while it runs and stops listening when closed', async () => {
    const app = await buildApp({ config: testConfig(), database, modules: [], webRoot: '/nonexistent' });
    await app.ready();
    await app.close();
  });
});
