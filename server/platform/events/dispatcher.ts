import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import { withTransaction } from '../db/transaction.js';
import { eventBell, toStoredEvent } from './record.js';
import { PollingLoop } from '../polling-loop.js';
import type { WorkerContext } from '../worker-context.js';
import type { Subscriber } from './types.js';

export interface DispatcherOptions {
  pollMs: number;
  /** Most events one subscriber receives in one transaction. */
  batchSize?: number;
  /**
   * How long one batch may run before it commits what it has delivered and lets other work in;
   * the rest follows in the next batch. Keeps HTTP answering while a large backlog drains.
   */
  batchMs?: number;
}

const MAX_RETRY_SECONDS = 300;

/**
 * Delivers committed events to every subscriber, in commit order, at least once. Each subscriber
 * has a checkpoint row; a process delivers to a subscriber only while it holds that row's lock,
 * so two processes never deliver the same event to the same subscriber at the same time.
 */
export class EventDispatcher {
  private readonly batchSize: number;
  private readonly batchMs: number;
  private readonly loop: PollingLoop;
  private readonly wake = () => this.loop.wake();

  private readonly db: Db;

  /** `context` is what subscribers are handed (with the delivery's transaction), besides the database. */
  constructor(
    private readonly context: WorkerContext,
    private readonly subscribers: readonly Subscriber[],
    options: DispatcherOptions,
  ) {
    this.db = context.db;
    this.batchSize = options.batchSize ?? 200;
    this.batchMs = options.batchMs ?? 100;
    this.loop = new PollingLoop(
      () => this.runOnce(),
      options.pollMs,
      (err) => context.logger.error({ err }, 'event dispatch failed'),
    );
    const names = new Set<string>();
    for (const s of subscribers) {
      if (names.has(s.name)) throw new Error(`Two subscribers are named ${s.name}`);
      names.add(s.name);
    }
  }

  start(): void {
    eventBell.on('recorded', this.wake);
    this.loop.start();
  }

  async stop(): Promise<void> {
    eventBell.off('recorded', this.wake);
    await this.loop.stop();
  }

  /**
   * Delivers one batch to each subscriber that has events due; returns how many deliveries were
   * made (the polling loop runs again at once while this is above zero).
   */
  async runOnce(): Promise<number> {
    await this.ensureCheckpoints();
    let delivered = 0;
    for (const subscriber of this.subscribers) {
      delivered += await this.deliver(subscriber);
      // PGlite answers queries through promises alone, never through I/O, so without this turn of
      // the event loop a backlog would keep incoming requests from even being read.
      await yieldToEventLoop();
    }
    return delivered;
  }

  private checkpointsReady = false;
  private async ensureCheckpoints(): Promise<void> {
    if (this.checkpointsReady || this.subscribers.length === 0) return;
    await this.db
      .insertInto('platform_event_checkpoints')
      .values(this.subscribers.map((s) => ({ subscriber: s.name, last_error: null, retry_at: null })))
      .onConflict((oc) => oc.column('subscriber').doNothing())
      .execute();
    this.checkpointsReady = true;
  }

  private async deliver(subscriber: Subscriber): Promise<number> {
    let failure: unknown;
    const delivered = await withTransaction(this.db, async (tx) => {
      const checkpoint = await tx
        .selectFrom('platform_event_checkpoints')
        .selectAll()
        .where('subscriber', '=', subscriber.name)
        .where((eb) => eb.or([eb('retry_at', 'is', null), eb('retry_at', '<=', sql<Date>`now()`)]))
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!checkpoint) return 0;

      // Only transactions older than every running one: a slow transaction that commits later
      // gets a txid above this bound, so it cannot fall behind the checkpoint unseen.
      let query = tx
        .selectFrom('platform_events')
        .selectAll()
        .where(sql<boolean>`(txid, id) > (${checkpoint.last_txid}::xid8, ${checkpoint.last_id}::bigint)`)
        .where(sql<boolean>`txid < pg_snapshot_xmin(pg_current_snapshot())`)
        .orderBy('txid')
        .orderBy('id')
        .limit(this.batchSize);
      if (subscriber.events !== '*') query = query.where('name', 'in', [...subscriber.events]);
      const rows = await query.execute();

      let last: { txid: string; id: string } | undefined;
      let count = 0;
      const startedAt = performance.now();
      for (const row of rows) {
        if (count > 0 && performance.now() - startedAt > this.batchMs) break;
        await sql`savepoint deliver_event`.execute(tx);
        try {
          await subscriber.handle(toStoredEvent(row), { tx, config: this.context.config, logger: this.context.logger });
          await sql`release savepoint deliver_event`.execute(tx);
          last = row;
          count++;
        } catch (err) {
          await sql`rollback to savepoint deliver_event`.execute(tx);
          failure = err;
          break;
        }
      }

      await tx
        .updateTable('platform_event_checkpoints')
        .set({
          ...(last ? { last_txid: last.txid, last_id: last.id } : {}),
          attempts: failure ? checkpoint.attempts + 1 : 0,
          last_error: failure ? String((failure as Error).stack ?? failure).slice(0, 4000) : null,
          retry_at: failure
            ? sql<Date>`now() + make_interval(secs => ${Math.min(2 ** checkpoint.attempts, MAX_RETRY_SECONDS)})`
            : null,
          updated_at: sql<Date>`now()`,
        })
        .where('subscriber', '=', subscriber.name)
        .execute();
      return count;
    });
    if (failure) {
      this.context.logger.warn({ err: failure, subscriber: subscriber.name }, 'subscriber failed; will retry');
    }
    return delivered;
  }
}
