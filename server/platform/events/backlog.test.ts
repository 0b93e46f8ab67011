import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { workerContext } from '../../test-support/worker.js';
import { withTransaction } from '../db/index.js';
import { EventDispatcher, record, type Subscriber } from './index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe('delivering a backlog', () => {
  it('commits a batch once it has run its time and lets other work run between batches', async () => {
    const seen: number[] = [];
    const busy: Subscriber = {
      name: 'busy',
      events: ['test.backlog.recorded'],
      handle: async (e) => {
        const until = performance.now() + 5;
        while (performance.now() < until) {
          /* a subscriber that takes its time */
        }
        seen.push((e.payload as { n: number }).n);
      },
    };
    await withTransaction(database.db, async (tx) => {
      for (let n = 0; n < 40; n++)
        await record(tx, { name: 'test.backlog.recorded', workspaceId: null, payload: { n } });
    });
    const dispatcher = new EventDispatcher(workerContext(database.db), [busy], {
      pollMs: 50,
      batchSize: 1000,
      batchMs: 20,
    });

    let otherWorkRan = false;
    setImmediate(() => (otherWorkRan = true));
    const first = await dispatcher.runOnce();
    // The batch stopped early: what it delivered is committed and the rest waits for the next one.
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(40);
    expect(otherWorkRan).toBe(true);
    const checkpoint = await database.db
      .selectFrom('platform_event_checkpoints')
      .select('attempts')
      .where('subscriber', '=', 'busy')
      .executeTakeFirstOrThrow();
    expect(checkpoint.attempts).toBe(0);

    while ((await dispatcher.runOnce()) > 0) {
      /* until the backlog is gone */
    }
    expect(seen).toEqual(Array.from({ length: 40 }, (_, n) => n));
  });
});
