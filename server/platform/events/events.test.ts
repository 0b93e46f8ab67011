import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testConfig } from '../../test-support/app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { workerContext } from '../../test-support/worker.js';
import { withTransaction } from '../db/index.js';
import { EventDispatcher, record, type StoredEvent, type Subscriber } from './index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());
beforeEach(async () => {
  await sql`truncate platform_events, platform_event_checkpoints`.execute(database.db);
});

async function runUntil(dispatcher: EventDispatcher, done: () => boolean): Promise<void> {
  for (let round = 0; round < 50 && !done(); round++) {
    await dispatcher.runOnce();
    if (!done()) await new Promise((r) => setTimeout(r, 20));
  }
}

function collector(name: string, events: Subscriber['events'] = '*') {
  const seen: StoredEvent[] = [];
  const subscriber: Subscriber = { name, events, handle: async (e) => void seen.push(e) };
  return { seen, subscriber };
}

describe('events', () => {
  it('delivers a committed event to each subscriber once, with its context', async () => {
    const a = collector('a');
    const b = collector('b', ['ideas.vote.cast']);
    const dispatcher = new EventDispatcher(workerContext(database.db), [a.subscriber, b.subscriber], { pollMs: 50 });
    await withTransaction(database.db, async (tx) => {
      await record(tx, {
        name: 'ideas.vote.cast',
        workspaceId: '01900000-0000-7000-8000-000000000001',
        actorId: '01900000-0000-7000-8000-000000000002',
        customerId: '01900000-0000-7000-8000-000000000002',
        touchpoint: 'portal',
        payload: { ideaId: 'x' },
      });
      await record(tx, { name: 'ideas.comment.posted', workspaceId: null, payload: {} });
    });
    await runUntil(dispatcher, () => a.seen.length === 2 && b.seen.length === 1);
    expect(a.seen.map((e) => e.name)).toEqual(['ideas.vote.cast', 'ideas.comment.posted']);
    expect(b.seen).toHaveLength(1);
    expect(b.seen[0]).toMatchObject({ version: 1, touchpoint: 'portal', payload: { ideaId: 'x' } });
  });

  it('hands each handler the settings the worker runs with, beside the transaction', async () => {
    const config = testConfig({ PUBLIC_URL: 'https://ideas.brand.example' });
    const seen: string[] = [];
    const linker: Subscriber = {
      name: 'linker',
      events: '*',
      handle: async (_e, { tx, config: given, logger }) => {
        const { rows } = await sql<{ one: number }>`select 1 as one`.execute(tx);
        logger.debug('delivering');
        seen.push(`${given.publicUrl}:${rows[0]?.one}`);
      },
    };
    const dispatcher = new EventDispatcher(workerContext(database.db, config), [linker], { pollMs: 50 });
    await withTransaction(database.db, (tx) =>
      record(tx, { name: 'test.thing.happened', workspaceId: null, payload: {} }),
    );
    await runUntil(dispatcher, () => seen.length === 1);
    expect(seen).toEqual(['https://ideas.brand.example:1']);
  });

  it('never delivers an event whose transaction rolled back', async () => {
    const a = collector('a');
    const dispatcher = new EventDispatcher(workerContext(database.db), [a.subscriber], { pollMs: 50 });
    await expect(
      withTransaction(database.db, async (tx) => {
        await record(tx, { name: 'cases.case.received', workspaceId: null, payload: {} });
        throw new Error('the command failed after recording');
      }),
    ).rejects.toThrow('the command failed');
    await dispatcher.runOnce();
    expect(a.seen).toEqual([]);
  });

  it('keeps retrying a failing subscriber without skipping, while others go on', async () => {
    let failures = 2;
    const handled: string[] = [];
    const flaky: Subscriber = {
      name: 'flaky',
      events: '*',
      handle: async (e) => {
        if ((e.payload as { n: number }).n === 2 && failures-- > 0) throw new Error('down');
        handled.push(String((e.payload as { n: number }).n));
      },
    };
    const steady = collector('steady');
    const dispatcher = new EventDispatcher(workerContext(database.db), [flaky, steady.subscriber], { pollMs: 50 });
    for (const n of [1, 2, 3]) {
      await withTransaction(database.db, (tx) =>
        record(tx, { name: 'test.thing.happened', workspaceId: null, payload: { n } }),
      );
    }
    // On a shared PostgreSQL server, other databases' open transactions can hold delivery back a moment.
    await runUntil(dispatcher, () => steady.seen.length === 3);
    expect(handled).toEqual(['1']);
    expect(steady.seen).toHaveLength(3);
    const checkpoint = await database.db
      .selectFrom('platform_event_checkpoints')
      .selectAll()
      .where('subscriber', '=', 'flaky')
      .executeTakeFirstOrThrow();
    expect(checkpoint.attempts).toBe(1);
    expect(checkpoint.last_error).toContain('down');
    // The retry is scheduled in the future; make it due now instead of waiting.
    for (let round = 0; round < 50 && handled.length < 3; round++) {
      await database.db
        .updateTable('platform_event_checkpoints')
        .set({ retry_at: null })
        .where('subscriber', '=', 'flaky')
        .execute();
      await dispatcher.runOnce();
    }
    expect(handled).toEqual(['1', '2', '3']);
  });

  it("commits a subscriber's writes together with its checkpoint", async () => {
    await sql`create table if not exists test_projection (event_id uuid primary key)`.execute(database.db);
    const projector: Subscriber = {
      name: 'projector',
      events: '*',
      handle: async (e, { tx }) => {
        await sql`insert into test_projection values (${e.eventId}) on conflict do nothing`.execute(tx);
      },
    };
    const dispatcher = new EventDispatcher(workerContext(database.db), [projector], { pollMs: 50 });
    await withTransaction(database.db, (tx) =>
      record(tx, { name: 'test.thing.happened', workspaceId: null, payload: {} }),
    );
    const count = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from test_projection`.execute(database.db)).rows[0]?.n;
    for (let round = 0; round < 50 && (await count()) === 0; round++) await dispatcher.runOnce();
    await dispatcher.runOnce();
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from test_projection`.execute(database.db);
    expect(rows[0]?.n).toBe(1);
  });

  it('rejects event names that are not module.entity.past_tense', async () => {
    await expect(
      withTransaction(database.db, (tx) => record(tx, { name: 'VoteCast', workspaceId: null, payload: {} })),
    ).rejects.toThrow(/module\.entity\.past_tense_verb/);
  });

  it('delivers each event once when two dispatchers race for the same subscriber', async () => {
    const seen: string[] = [];
    const slow: Subscriber = {
      name: 'slow',
      events: '*',
      handle: async (e) => {
        seen.push(e.eventId);
        await new Promise((r) => setTimeout(r, 2));
      },
    };
    const one = new EventDispatcher(workerContext(database.db), [slow], { pollMs: 50, batchSize: 5 });
    const two = new EventDispatcher(workerContext(database.db), [slow], { pollMs: 50, batchSize: 5 });
    for (let i = 0; i < 40; i++) {
      await withTransaction(database.db, (tx) =>
        record(tx, { name: 'test.thing.happened', workspaceId: null, payload: { i } }),
      );
    }
    for (let round = 0; round < 20 && seen.length < 40; round++) await Promise.all([one.runOnce(), two.runOnce()]);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
  });

  it('wakes the running dispatcher as soon as a transaction commits', async () => {
    const a = collector('a');
    const dispatcher = new EventDispatcher(workerContext(database.db), [a.subscriber], { pollMs: 60_000 });
    dispatcher.start();
    try {
      await new Promise((r) => setTimeout(r, 100));
      await withTransaction(database.db, (tx) =>
        record(tx, { name: 'test.thing.happened', workspaceId: null, payload: {} }),
      );
      for (let i = 0; i < 100 && a.seen.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(a.seen).toHaveLength(1);
    } finally {
      await dispatcher.stop();
    }
  });
});
