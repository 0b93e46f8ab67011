import { EventEmitter } from 'node:events';
import { newId } from '../ids.js';
import { afterCommit, type Tx } from '../db/transaction.js';
import type { EventInput, StoredEvent } from './types.js';
import { deliverLocally } from '../broadcast/announcements.js';

const NAME = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

/** Rings after a transaction that recorded events commits, so the local dispatcher wakes at once. */
export const eventBell = new EventEmitter();
eventBell.setMaxListeners(100);
const ring = () => eventBell.emit('recorded');

/**
 * Records an event in the outbox inside the caller's transaction: it exists exactly when the
 * change it describes does, and is delivered to subscribers after commit.
 */
export async function record<P>(tx: Tx, event: EventInput<P>): Promise<StoredEvent<P>> {
  const row = await insertEvent(tx, event).returningAll().executeTakeFirstOrThrow();
  afterCommit(tx, ring);
  // Other processes hear of it from the table's trigger; this one at once, without a round trip.
  afterCommit(tx, () =>
    deliverLocally({ topic: 'event', name: row.name, workspaceId: row.workspace_id, payload: row.payload }),
  );
  return toStoredEvent<P>(row);
}

/**
 * `record()` for a command that writes in one round trip: the event's insert, to run as part of
 * the caller's own statement in `tx` (a `with` clause: `tx.with('event', () => recordWithin(tx, e))`).
 * Once `tx` commits, the dispatcher wakes and the event is announced, as with record().
 */
export function recordWithin<P>(tx: Tx, event: EventInput<P>) {
  const insert = insertEvent(tx, event).returning('id');
  // What subscribers would read back from the row.
  const payload: unknown = JSON.parse(JSON.stringify(event.payload ?? {}));
  afterCommit(tx, ring);
  afterCommit(tx, () => deliverLocally({ topic: 'event', name: event.name, workspaceId: event.workspaceId, payload }));
  return insert;
}

function insertEvent<P>(tx: Tx, event: EventInput<P>) {
  if (!NAME.test(event.name)) {
    throw new Error(`Event name "${event.name}" is not module.entity.past_tense_verb`);
  }
  return tx.insertInto('platform_events').values({
    event_id: newId(),
    name: event.name,
    version: event.version ?? 1,
    workspace_id: event.workspaceId,
    actor_id: event.actorId ?? null,
    customer_id: event.customerId ?? null,
    touchpoint: event.touchpoint ?? null,
    payload: JSON.stringify(event.payload ?? {}),
  });
}

export function toStoredEvent<P>(row: {
  id: string;
  event_id: string;
  name: string;
  version: number;
  workspace_id: string | null;
  actor_id: string | null;
  customer_id: string | null;
  touchpoint: string | null;
  payload: unknown;
  occurred_at: Date;
}): StoredEvent<P> {
  return {
    position: row.id,
    eventId: row.event_id,
    name: row.name,
    version: row.version,
    workspaceId: row.workspace_id,
    actorId: row.actor_id,
    customerId: row.customer_id,
    touchpoint: row.touchpoint,
    payload: row.payload as P,
    occurredAt: row.occurred_at,
  };
}
