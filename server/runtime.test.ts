import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations/index.js';
import { migrateToLatest, openDatabase } from './platform/db/index.js';
import type { CocreateModule } from './platform/module.js';
import { startRuntime } from './runtime.js';
import { testConfig } from './test-support/app.js';
import { discardDataDir } from './test-support/data-dir.js';
import { createPostgresDatabase, testDbKind } from './test-support/db.js';
import { writeEventBacklog } from './test-support/platform-rows.js';

const BACKLOG = 3000;

/** A subscriber that costs about a millisecond of CPU per event, as a heavy one does on a busy machine. */
function slowCounter() {
  const positions: number[] = [];
  const module: CocreateModule = {
    name: 'backlog',
    subscribers: [
      {
        name: 'backlog-counter',
        events: ['test.backlog.recorded'],
        handle: async (event) => {
          const until = performance.now() + 1;
          while (performance.now() < until) {
            /* burn the CPU, as real work would */
          }
          positions.push(Number(event.position));
        },
      },
    ],
  };
  return { module, positions };
}

describe('start-up with a backlog of undelivered events', () => {
  it('serves first, answers while the backlog drains, and delivers every event', { timeout: 120_000 }, async () => {
    const postgres = testDbKind === 'postgres' ? await createPostgresDatabase() : undefined;
    const config = testConfig({ PORT: '0', EVENT_POLL_MS: '50', ...(postgres ? { DATABASE_URL: postgres.url } : {}) });
    try {
      // The backlog is written while no worker runs, as after `npm run demo` or a worker outage.
      const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.dataDir });
      try {
        await migrateToLatest(database.db, migrations);
        await writeEventBacklog(database.db, 'test.backlog.recorded', BACKLOG);
      } finally {
        await database.close();
      }

      const counter = slowCounter();
      const runtime = await startRuntime(config, [counter.module], ['web', 'worker']);
      try {
        // Listening before a single event is delivered: the backlog cannot hold up start-up.
        expect(counter.positions).toHaveLength(0);
        const { port } = runtime.app!.server.address() as AddressInfo;

        const answeredDuringDelivery: number[] = [];
        // On a busy machine delivery may take a while to begin: keep asking until it is under way.
        const deliveryUnderWay = () => answeredDuringDelivery.some((n) => n > 0);
        const askUntil = Date.now() + 60_000;
        while (
          counter.positions.length < BACKLOG &&
          (answeredDuringDelivery.length < 5 || !deliveryUnderWay()) &&
          Date.now() < askUntil
        ) {
          const health = await fetch(`http://127.0.0.1:${port}/healthz`);
          const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
          expect([health.status, ready.status]).toEqual([200, 200]);
          if (counter.positions.length < BACKLOG) answeredDuringDelivery.push(counter.positions.length);
        }
        expect(answeredDuringDelivery.length).toBeGreaterThanOrEqual(3);
        // Delivery was going on while the app answered, not finished before it.
        expect(deliveryUnderWay()).toBe(true);

        for (let waited = 0; counter.positions.length < BACKLOG && waited < 100_000; waited += 50) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(counter.positions).toHaveLength(BACKLOG);
        expect(new Set(counter.positions).size).toBe(BACKLOG);
        expect(counter.positions).toEqual([...counter.positions].sort((a, b) => a - b));
        const checkpoint = await runtime.database.db
          .selectFrom('platform_event_checkpoints')
          .select(['last_id', 'attempts'])
          .where('subscriber', '=', 'backlog-counter')
          .executeTakeFirstOrThrow();
        expect(Number(checkpoint.last_id)).toBe(Math.max(...counter.positions));
        expect(checkpoint.attempts).toBe(0);
      } finally {
        await runtime.stop();
      }
    } finally {
      await postgres?.drop();
      discardDataDir(config.dataDir);
    }
  });
});
