import path from 'node:path';
import { sql } from 'kysely';
import pino from 'pino';
import type { Config } from '../platform/config.js';
import type { Db, Tx } from '../platform/db/index.js';
import { EventDispatcher, type Subscriber, type SubscriberContext } from '../platform/events/index.js';
import type { CocreateModule } from '../platform/module.js';
import { directoryStorage } from '../platform/storage/index.js';
import type { WorkerContext } from '../platform/worker-context.js';
import { testConfig } from './app.js';

/** The context the runtime gives subscribers and jobs, for a test's database and settings. */
export function workerContext(db: Db, config: Config = testConfig()): WorkerContext {
  return {
    db,
    config,
    logger: pino({ level: 'silent' }),
    storage: directoryStorage(path.join(config.dataDir, 'uploads')),
  };
}

/** What the dispatcher hands a subscriber, for calling one's handler directly in a test's transaction. */
export function subscriberContext(tx: Tx, config: Config = testConfig()): SubscriberContext {
  return { tx, config, logger: pino({ level: 'silent' }) };
}

/**
 * Moves a subscriber's checkpoint back to the start, as if none of its deliveries had committed:
 * the next delivery hands it every event again (what at-least-once delivery allows).
 */
export async function rewindSubscriber(db: Db, name: string): Promise<void> {
  await db
    .updateTable('platform_event_checkpoints')
    .set({ last_txid: '0', last_id: '0', attempts: 0, last_error: null, retry_at: null })
    .where('subscriber', '=', name)
    .execute();
}

/** Whether any event recorded so far is still due to one of the subscribers. */
async function undelivered(db: Db, subscribers: readonly Subscriber[]): Promise<boolean> {
  for (const s of subscribers) {
    const checkpoint = await db
      .selectFrom('platform_event_checkpoints')
      .select(['last_txid', 'last_id'])
      .where('subscriber', '=', s.name)
      .executeTakeFirst();
    let query = db
      .selectFrom('platform_events')
      .select('id')
      .where(sql<boolean>`(txid, id) > (${checkpoint?.last_txid ?? '0'}::xid8, ${checkpoint?.last_id ?? '0'}::bigint)`)
      .limit(1);
    if (s.events !== '*') query = query.where('name', 'in', [...s.events]);
    if (await query.executeTakeFirst()) return true;
  }
  return false;
}

/**
 * Delivers every event recorded so far to the subscribers of `modules`, as the worker role does
 * after commit, and returns once none is left. On a shared PostgreSQL server other databases'
 * open transactions can hold delivery back a moment, so it waits for them rather than stopping
 * at the first empty round; a subscriber that keeps failing ends the wait with its error.
 */
export async function deliverEvents(context: WorkerContext, modules: readonly CocreateModule[]): Promise<void> {
  const subscribers = modules.flatMap((m) => m.subscribers ?? []);
  if (subscribers.length === 0) return;
  const dispatcher = new EventDispatcher(context, subscribers, { pollMs: 1000, batchSize: 1000 });
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if ((await dispatcher.runOnce()) > 0) continue;
    if (!(await undelivered(context.db, subscribers))) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  const failing = await context.db
    .selectFrom('platform_event_checkpoints')
    .select(['subscriber', 'last_error'])
    .where(
      'subscriber',
      'in',
      subscribers.map((s) => s.name),
    )
    .where('last_error', 'is not', null)
    .execute();
  throw new Error(`Events stayed undelivered${failing.map((f) => `\n${f.subscriber}: ${f.last_error}`).join('')}`);
}
