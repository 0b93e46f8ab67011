import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import { withTransaction, type Tx } from '../db/transaction.js';
import { eventBell } from './record.js';
import { PollingLoop } from '../polling-loop.js';
import type { WorkerContext } from '../worker-context.js';
import {
  claimCheckpoints,
  comparePositions,
  fetchDue,
  setCheckpoints,
  type CheckpointCorrection,
  type DueEvent,
  type Position,
} from './delivery-queries.js';
import type { Subscriber, SubscriberContext } from './types.js';

export interface DispatcherOptions {
  pollMs: number;
  /** Most events read for one delivery (all subscribers together), so most one subscriber receives. */
  batchSize?: number;
  /**
   * How long one delivery may run before it commits what it has delivered and lets other work in;
   * the rest follows in the next one. Keeps HTTP answering while a large backlog drains.
   */
  batchMs?: number;
}

const MAX_RETRY_SECONDS = 300;

/** A batch handler failed outside a savepoint: the delivery is rolled back and done again carefully. */
class BatchFailed extends Error {}

interface Round {
  delivered: number;
  /** More may be due at once: the batch was full or its time ran out. */
  more: boolean;
}

/**
 * Delivers committed events to every subscriber, in commit order, at least once. One delivery
 * reads what is due to all subscribers in one query and hands each its events in one transaction
 * that also moves their checkpoints; a process delivers to a subscriber only while it holds that
 * subscriber's checkpoint row, so two processes never deliver the same event to the same
 * subscriber at the same time.
 */
export class EventDispatcher {
  private readonly batchSize: number;
  private readonly batchMs: number;
  private readonly pollMs: number;
  private readonly loop: PollingLoop;
  /** Set when a transaction of this process recorded events: something should be due. */
  private rang = false;
  private heldBackMs = 0;
  private heldBackTimer: NodeJS.Timeout | undefined;
  private readonly wake = () => {
    this.rang = true;
    this.loop.wake();
  };

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
    this.pollMs = options.pollMs;
    this.loop = new PollingLoop(
      async () => {
        const rang = this.rang;
        this.rang = false;
        const round = await this.round();
        if (rang && round.delivered === 0) this.retryHeldBack();
        else this.heldBackMs = 0;
        return round.more ? Math.max(round.delivered, 1) : 0;
      },
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
    clearTimeout(this.heldBackTimer);
    await this.loop.stop();
  }

  /**
   * This process committed events but none was deliverable yet: an older transaction (of any
   * database on the server) still runs and holds the visibility bound back. Look again soon,
   * twice as late each time, until the regular poll is as soon.
   */
  private retryHeldBack(): void {
    this.heldBackMs = Math.max(25, this.heldBackMs * 2);
    if (this.heldBackMs >= this.pollMs) {
      this.heldBackMs = 0;
      return;
    }
    clearTimeout(this.heldBackTimer);
    this.heldBackTimer = setTimeout(this.wake, this.heldBackMs);
  }

  /** Makes one delivery to every subscriber with events due; returns how many deliveries were made. */
  async runOnce(): Promise<number> {
    return (await this.round()).delivered;
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

  private async round(): Promise<Round> {
    await this.ensureCheckpoints();
    if (this.subscribers.length === 0) return { delivered: 0, more: false };
    const due = await fetchDue(this.db, this.subscribers, this.batchSize);
    if (due.events.length === 0) return { delivered: 0, more: false };

    // Every subscriber that stood before the last event read has had all it wants up to it (the
    // read covered every subscriber's names), so its checkpoint may move there, events or not.
    const last = due.events[due.events.length - 1]!.position;
    const behind = new Map([...due.checkpoints].filter(([, p]) => comparePositions(p, last) < 0));
    const full = due.events.length === this.batchSize;
    let round: Round;
    try {
      round = await withTransaction(this.db, (tx) => this.deliver(tx, due.events, behind, last, false));
    } catch (err) {
      if (!(err instanceof BatchFailed)) throw err;
      round = await withTransaction(this.db, (tx) => this.deliver(tx, due.events, behind, last, true));
    }
    // PGlite answers queries through promises alone, never through I/O, so without this turn of
    // the event loop a backlog would keep incoming requests from even being read.
    await yieldToEventLoop();
    return { delivered: round.delivered, more: round.more || full };
  }

  /**
   * One delivery in `tx`: claims the checkpoints, runs the handlers (batch handlers first, each
   * without a savepoint unless `careful`; then per-event handlers, each event under a savepoint),
   * and sets back the checkpoints of those that did not get to `last`.
   */
  private async deliver(
    tx: Tx,
    events: readonly DueEvent[],
    behind: ReadonlyMap<string, Position>,
    last: Position,
    careful: boolean,
  ): Promise<Round> {
    const claimed = await claimCheckpoints(tx, behind, last);
    const handlerContext: SubscriberContext = { tx, config: this.context.config, logger: this.context.logger };
    const mine = (s: Subscriber) => events.filter((e) => e.subscribers.includes(s.name));
    const working = this.subscribers.filter((s) => claimed.has(s.name) && mine(s).length > 0);
    const ordered = [...working.filter((s) => s.handleBatch), ...working.filter((s) => !s.handleBatch)];
    const corrections: CheckpointCorrection[] = [];
    let delivered = 0;
    let timeUp = false;

    for (const subscriber of ordered) {
      const attempts = claimed.get(subscriber.name)!;
      const queue = mine(subscriber);
      if (subscriber.handleBatch && !careful) {
        try {
          await subscriber.handleBatch(
            queue.map((e) => e.event),
            handlerContext,
          );
        } catch (err) {
          this.context.logger.debug({ err, subscriber: subscriber.name }, 'batch failed; delivering one by one');
          throw new BatchFailed();
        }
        delivered += queue.length;
        continue;
      }
      if (subscriber.handleBatch) {
        // Careful: the whole batch under a savepoint first, then one by one if it fails.
        const whole = await this.underSavepoint(tx, () =>
          subscriber.handleBatch!(
            queue.map((e) => e.event),
            handlerContext,
          ),
        );
        if (whole === true) {
          delivered += queue.length;
          continue;
        }
      }
      let reached = behind.get(subscriber.name)!;
      let failure: { error: unknown } | undefined;
      let cut = false;
      const startedAt = performance.now();
      for (const [i, due] of queue.entries()) {
        // Each subscriber has its own time, so none waits for another's backlog.
        if (i > 0 && performance.now() - startedAt > this.batchMs) {
          cut = timeUp = true;
          break;
        }
        const outcome = await this.underSavepoint(tx, () =>
          subscriber.handleBatch
            ? subscriber.handleBatch([due.event], handlerContext)
            : subscriber.handle(due.event, handlerContext),
        );
        if (outcome !== true) {
          failure = outcome;
          break;
        }
        reached = due.position;
        delivered++;
      }
      // After its last event the subscriber stands at `last` (claimed); otherwise it goes back.
      if (failure || cut) corrections.push(this.reached(subscriber, reached, attempts, failure));
    }
    if (corrections.length > 0) await setCheckpoints(tx, corrections);
    return { delivered, more: timeUp };
  }

  private reached(
    subscriber: Subscriber,
    position: Position,
    attempts: number,
    failure: { error: unknown } | undefined,
  ): CheckpointCorrection {
    if (!failure) return { subscriber: subscriber.name, position, attempts: 0, error: null, retryInSeconds: null };
    const err = failure.error;
    this.context.logger.warn({ err, subscriber: subscriber.name }, 'subscriber failed; will retry');
    return {
      subscriber: subscriber.name,
      position,
      attempts: attempts + 1,
      error: String((err as Error | undefined)?.stack ?? err).slice(0, 4000),
      retryInSeconds: Math.min(2 ** attempts, MAX_RETRY_SECONDS),
    };
  }

  private async underSavepoint(tx: Tx, work: () => Promise<void>): Promise<true | { error: unknown }> {
    await sql`savepoint deliver_event`.execute(tx);
    try {
      await work();
      await sql`release savepoint deliver_event`.execute(tx);
      return true;
    } catch (error) {
      await sql`rollback to savepoint deliver_event`.execute(tx);
      return { error };
    }
  }
}
