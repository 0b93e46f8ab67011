import { sql } from 'kysely';
import type { Db } from '../db/open-database.js';
import type { Tx } from '../db/transaction.js';
import { toStoredEvent } from './record.js';
import type { StoredEvent, Subscriber } from './types.js';

// The dispatcher's three statements: what is due (one query for every subscriber, also when
// nothing is), claiming the checkpoints it delivers for, and setting back the ones that did not
// get as far as claimed (a failure, or the batch's time ran out).

/** A place in the outbox, in commit order: `(txid, id)`. */
export interface Position {
  txid: string;
  id: string;
}

export const comparePositions = (a: Position, b: Position): number => {
  const byTxid = BigInt(a.txid) - BigInt(b.txid);
  const d = byTxid !== 0n ? byTxid : BigInt(a.id) - BigInt(b.id);
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};

export interface DueEvent {
  event: StoredEvent;
  position: Position;
  /** The subscribers (not waiting to retry) that have not had it yet and want events of its name. */
  subscribers: string[];
}

export interface Due {
  events: DueEvent[];
  /** Where each subscriber not waiting to retry stood when the events were read. */
  checkpoints: Map<string, Position>;
}

interface DueRow {
  id: string;
  txid: string;
  event_id: string;
  name: string;
  version: number;
  workspace_id: string | null;
  actor_id: string | null;
  customer_id: string | null;
  touchpoint: string | null;
  payload: unknown;
  occurred_at: Date;
  subscribers: string[];
  checkpoints: { subscriber: string; txid: string; id: string }[];
}

/**
 * The next events (at most `limit`, in commit order) due to any of the subscribers, each with the
 * subscribers it is due to. One query for all of them: when nothing is due, that is all an idle
 * poll costs. Only events of transactions older than every running one are read: a slow
 * transaction that commits later gets a txid above this bound, so it cannot fall behind a
 * checkpoint unseen.
 */
export async function fetchDue(db: Db, subscribers: readonly Subscriber[], limit: number): Promise<Due> {
  const wants = JSON.stringify(
    subscribers.map((s) => ({ subscriber: s.name, names: s.events === '*' ? null : s.events })),
  );
  const { rows } = await sql<DueRow>`
    with cp as (
      select c.subscriber, c.last_txid, c.last_id, w.names
      from jsonb_to_recordset(${wants}::jsonb) as w(subscriber text, names text[])
      join platform_event_checkpoints c on c.subscriber = w.subscriber
      where c.retry_at is null or c.retry_at <= now()
    )
    select e.*,
      array(
        select cp.subscriber from cp
        where (e.txid, e.id) > (cp.last_txid, cp.last_id) and (cp.names is null or e.name = any(cp.names))
      ) as subscribers,
      (select json_agg(json_build_object('subscriber', cp.subscriber, 'txid', cp.last_txid::text, 'id', cp.last_id::text))
        from cp) as checkpoints
    from platform_events e
    where (e.txid, e.id) > (select cp.last_txid, cp.last_id from cp order by cp.last_txid, cp.last_id limit 1)
      and e.txid < pg_snapshot_xmin(pg_current_snapshot())
      and exists (
        select 1 from cp
        where (e.txid, e.id) > (cp.last_txid, cp.last_id) and (cp.names is null or e.name = any(cp.names))
      )
    order by e.txid, e.id
    limit ${limit}
  `.execute(db);
  return {
    events: rows.map((row) => ({
      event: toStoredEvent(row),
      position: { txid: String(row.txid), id: String(row.id) },
      subscribers: row.subscribers,
    })),
    checkpoints: new Map((rows[0]?.checkpoints ?? []).map((c) => [c.subscriber, { txid: c.txid, id: c.id }])),
  };
}

/**
 * Locks the checkpoints of the subscribers still where `fetchDue` saw them (skipping any another
 * process holds or has moved) and moves them to `to` at once, as if every delivery will succeed;
 * `setCheckpoints` corrects the few that do not. Returns the claimed subscribers with the
 * attempts they had (for the backoff of a failure).
 */
export async function claimCheckpoints(
  tx: Tx,
  seen: ReadonlyMap<string, Position>,
  to: Position,
): Promise<Map<string, number>> {
  const wanted = JSON.stringify([...seen].map(([subscriber, p]) => ({ subscriber, txid: p.txid, id: p.id })));
  const { rows } = await sql<{ subscriber: string; attempts: number }>`
    with claimed as (
      select c.subscriber, c.attempts
      from platform_event_checkpoints c
      join jsonb_to_recordset(${wanted}::jsonb) as w(subscriber text, txid text, id text) on w.subscriber = c.subscriber
      where c.last_txid = w.txid::xid8 and c.last_id = w.id::bigint and (c.retry_at is null or c.retry_at <= now())
      for update of c skip locked
    )
    update platform_event_checkpoints c
    set last_txid = ${to.txid}::xid8, last_id = ${to.id}::bigint, attempts = 0, last_error = null, retry_at = null,
      updated_at = now()
    from claimed
    where c.subscriber = claimed.subscriber
    returning c.subscriber, claimed.attempts
  `.execute(tx);
  return new Map(rows.map((r) => [r.subscriber, r.attempts]));
}

export interface CheckpointCorrection {
  subscriber: string;
  position: Position;
  attempts: number;
  error: string | null;
  retryInSeconds: number | null;
}

/** Sets claimed checkpoints back to where their deliveries really got, with any failure to retry. */
export async function setCheckpoints(tx: Tx, corrections: readonly CheckpointCorrection[]): Promise<void> {
  const values = JSON.stringify(
    corrections.map((c) => ({
      subscriber: c.subscriber,
      txid: c.position.txid,
      id: c.position.id,
      attempts: c.attempts,
      error: c.error,
      retry: c.retryInSeconds,
    })),
  );
  await sql`
    update platform_event_checkpoints c
    set last_txid = v.txid::xid8, last_id = v.id::bigint, attempts = v.attempts, last_error = v.error,
      retry_at = case when v.retry is null then null else now() + make_interval(secs => v.retry) end,
      updated_at = now()
    from jsonb_to_recordset(${values}::jsonb) as v(subscriber text, txid text, id text, attempts int, error text, retry float8)
    where c.subscriber = v.subscriber
  `.execute(tx);
}
