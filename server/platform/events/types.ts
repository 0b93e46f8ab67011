import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Tx } from '../db/transaction.js';

/** What a command records: a fact about one act, in one workspace. */
export interface EventInput<P = unknown> {
  /** `module.entity.past_tense_verb`, e.g. `ideas.vote.cast`. */
  name: string;
  /** Version of the payload's shape; bump it when the shape changes. */
  version?: number;
  workspaceId: string | null;
  /** The user who acted (a customer, a staff member), or null for the system. */
  actorId?: string | null;
  /** The customer the fact concerns, when there is one. */
  customerId?: string | null;
  /** Where it happened (a touchpoint key such as `portal`, `widget`, `email`), when known. */
  touchpoint?: string | null;
  payload: P;
}

/** An event as subscribers receive it. */
export interface StoredEvent<P = unknown> {
  position: string;
  eventId: string;
  name: string;
  version: number;
  workspaceId: string | null;
  actorId: string | null;
  customerId: string | null;
  touchpoint: string | null;
  payload: P;
  occurredAt: Date;
}

/** What a subscriber's handler is given besides the event. */
export interface SubscriberContext {
  /** The dispatcher's transaction, which also moves the subscriber's checkpoint. */
  tx: Tx;
  /** The settings the process started with (e.g. `publicUrl` for links in mail). */
  config: Config;
  logger: Logger;
}

/**
 * A reaction to events. `handle` runs inside the dispatcher's transaction, together with the
 * subscriber's checkpoint: database work it does commits exactly when the checkpoint moves.
 * Anything outside the database (mail, webhooks) must be enqueued as a job, not done here.
 * Delivery is at least once, so handlers must be idempotent.
 */
export interface Subscriber {
  /** Stable: the checkpoint is stored under it. */
  name: string;
  /** Event names to receive, or '*' for all. */
  events: readonly string[] | '*';
  handle(event: StoredEvent, context: SubscriberContext): Promise<void>;
  /**
   * Optional: handles several events at once (in commit order), e.g. with one set-based statement
   * for all of them, with the same effect as `handle` on each in turn. The dispatcher prefers it
   * and runs it without a savepoint; if it throws, the delivery is rolled back and repeated with
   * this subscriber's events handed over one at a time, so the failing event is found and the
   * ones before it still count. It may therefore run more than once for the same events.
   */
  handleBatch?(events: readonly StoredEvent[], context: SubscriberContext): Promise<void>;
}
