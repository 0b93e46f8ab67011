import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { workerContext } from '../../test-support/worker.js';
import { withTransaction } from '../db/index.js';
import { statementCounts } from '../db/statement-count.js';
import { EventDispatcher, record, type StoredEvent, type Subscriber } from './index.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await sql`create table if not exists test_batch_projection (n int primary key)`.execute(database.db);
});
afterAll(() => database.close());
beforeEach(async () => {
  await sql`truncate platform_events, platform_event_checkpoints, test_batch_projection`.execute(database.db);
});

const n = (e: StoredEvent) => (e.payload as { n: number }).n;

async function recordEach(count: number, name = 'test.thing.happened'): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await withTransaction(database.db, (tx) => record(tx, { name, workspaceId: null, payload: { n: i } }));
  }
}

async function backgroundStatements(work: () => Promise<unknown>): Promise<number> {
  const before = statementCounts.background;
  await work();
  return statementCounts.background - before;
}

/** Runs the dispatcher until `done`; on a shared PostgreSQL server other databases' transactions can hold events back a moment. */
async function runUntil(dispatcher: EventDispatcher, done: () => boolean): Promise<void> {
  for (let round = 0; round < 100 && !done(); round++) {
    if ((await dispatcher.runOnce()) === 0 && !done()) await new Promise((r) => setTimeout(r, 20));
  }
}

/** Writes each event's number in one statement for the whole batch; refuses the numbers in `poison`. */
function projector(name: string, poison: Set<number>, calls: number[][]): Subscriber {
  const project = async (events: readonly StoredEvent[], tx: Parameters<Subscriber['handle']>[1]['tx']) => {
    calls.push(events.map(n));
    const bad = events.find((e) => poison.has(n(e)));
    if (bad) throw new Error(`cannot project ${n(bad)}`);
    await sql`insert into test_batch_projection select unnest(${events.map(n)}::int[]) on conflict do nothing`.execute(
      tx,
    );
  };
  return {
    name,
    events: ['test.thing.happened'],
    handle: (e, { tx }) => project([e], tx),
    handleBatch: (events, { tx }) => project(events, tx),
  };
}

const projected = async () =>
  (await sql<{ n: number }>`select n from test_batch_projection order by n`.execute(database.db)).rows.map((r) => r.n);

describe('delivering in batches', () => {
  it('polls with one statement when nothing is due, however many subscribers there are', async () => {
    const subscribers: Subscriber[] = Array.from({ length: 12 }, (_, i) => ({
      name: `idle-${i}`,
      events: i % 2 ? '*' : ['test.thing.happened'],
      handle: async () => {},
    }));
    const dispatcher = new EventDispatcher(workerContext(database.db), subscribers, { pollMs: 50 });
    await dispatcher.runOnce();
    expect(await backgroundStatements(() => dispatcher.runOnce())).toBe(1);
  });

  it('hands a batch handler all its due events at once, in commit order, in one transaction', async () => {
    const calls: number[][] = [];
    const other: StoredEvent[] = [];
    const dispatcher = new EventDispatcher(
      workerContext(database.db),
      [
        projector('projector', new Set(), calls),
        { name: 'other', events: ['test.other.happened'], handle: async (e) => void other.push(e) },
      ],
      { pollMs: 50 },
    );
    await dispatcher.runOnce();
    await recordEach(30);
    await runUntil(dispatcher, () => calls.flat().length >= 30);
    expect(calls.flat()).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    expect(await projected()).toHaveLength(30);
    expect(other).toEqual([]);
    // The subscriber that wanted none of them stands past them too: nothing is due to anyone.
    expect(await backgroundStatements(() => dispatcher.runOnce())).toBe(1);
  });

  it('on a failing batch, finds the failing event one by one: the ones before it count, it is retried, others go on', async () => {
    const poison = new Set([4]);
    const calls: number[][] = [];
    const steady: number[] = [];
    const dispatcher = new EventDispatcher(
      workerContext(database.db),
      [
        projector('fragile', poison, calls),
        { name: 'steady', events: '*', handle: async (e) => void steady.push(n(e)) },
      ],
      { pollMs: 50 },
    );
    await dispatcher.runOnce();
    await recordEach(6);
    await runUntil(dispatcher, () => steady.length >= 6);
    expect(steady).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await projected()).toEqual([1, 2, 3]);
    const checkpoint = await database.db
      .selectFrom('platform_event_checkpoints')
      .selectAll()
      .where('subscriber', '=', 'fragile')
      .executeTakeFirstOrThrow();
    expect(checkpoint.attempts).toBe(1);
    expect(checkpoint.last_error).toContain('cannot project 4');
    expect(checkpoint.retry_at).not.toBeNull();

    // Mended, and the retry made due now instead of waiting: it goes on from the failing event.
    poison.clear();
    calls.length = 0;
    await database.db
      .updateTable('platform_event_checkpoints')
      .set({ retry_at: null })
      .where('subscriber', '=', 'fragile')
      .execute();
    await runUntil(dispatcher, () => calls.flat().includes(6));
    expect(calls.flat()).toEqual([4, 5, 6]);
    expect(await projected()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(steady).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('delivers each event once to a batch handler when two dispatchers race', async () => {
    const calls: number[][] = [];
    const subscriber = projector('raced', new Set(), calls);
    const one = new EventDispatcher(workerContext(database.db), [subscriber], { pollMs: 50, batchSize: 7 });
    const two = new EventDispatcher(workerContext(database.db), [subscriber], { pollMs: 50, batchSize: 7 });
    await recordEach(40);
    for (let round = 0; round < 40 && calls.flat().length < 40; round++) {
      await Promise.all([one.runOnce(), two.runOnce()]);
    }
    expect(calls.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});
