import { caseNotFound } from './errors.js';
import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { newId } from '../../platform/ids.js';
import { findPerson, type Actor } from '../identity/index.js';
import { pauseLength } from './sla/clock.js';
import { slaColumns, type SlaContext } from './sla/load.js';
import type { CasesTable, CaseStatus, Priority } from './tables.js';

export type CaseRow = Selectable<CasesTable>;

/** Statuses in which the case waits on the customer: its SLA clocks stand still. */
export const PAUSED_STATUSES: readonly CaseStatus[] = ['waiting_on_customer', 'remedy_offered'];
export const CLOSED_STATUSES: readonly CaseStatus[] = ['resolved', 'merged'];
const PRIORITY_RANK: Record<Priority, number> = { low: 0, normal: 1, high: 2, urgent: 3 };
export const PRIORITIES: readonly Priority[] = ['low', 'normal', 'high', 'urgent'];

/** Safety first, then priority: the order of the queue. */
export const queueRank = (safety: boolean, priority: Priority) => (safety ? 10 : 0) + PRIORITY_RANK[priority];

export interface CaseActor {
  id: string | null;
  label: string;
  kind: 'customer' | 'agent' | 'system';
}

export async function caseActor(tx: Tx, actor: Actor): Promise<CaseActor> {
  if (actor.kind === 'user') {
    const user = await findPerson(tx, actor.workspaceId, actor.userId);
    return {
      id: actor.userId,
      label: user?.displayName ?? actor.userId,
      kind: user?.role === 'customer' ? 'customer' : 'agent',
    };
  }
  if (actor.kind === 'api_key') return { id: actor.keyId, label: `API key ${actor.keyId.slice(-6)}`, kind: 'agent' };
  return { id: null, label: 'system', kind: 'system' };
}

export const SYSTEM: CaseActor = { id: null, label: 'system', kind: 'system' };

/** Loads a case for update (row lock), so concurrent changes to one case queue up. */
export async function lockCase(tx: Tx, workspaceId: string, caseId: string): Promise<CaseRow> {
  const row = await tx
    .selectFrom('cases')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw caseNotFound();
  return row;
}

// Columns derived by updateCase: not shown in the history as changes of their own.
const DERIVED = new Set([
  'queue_rank',
  'first_response_due_at',
  'next_response_due_at',
  'resolution_due_at',
  'sla_due_at',
  'sla_paused_at',
  'sla_paused_minutes',
  'updated_at',
  'search_tokens',
  'awaiting_reply_since',
]);

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/**
 * Applies a change to a case: stops or restarts the SLA clocks when the case starts or stops
 * waiting on the customer, recomputes its deadlines and queue rank, and writes the change to
 * the case's history (who, what, when) in the same transaction.
 */
export async function updateCase(
  tx: Tx,
  sla: SlaContext,
  by: CaseActor,
  row: CaseRow,
  patch: Partial<CaseRow>,
  action: string,
  now = new Date(),
): Promise<CaseRow> {
  const next: CaseRow = { ...row, ...patch };
  const shouldPause = PAUSED_STATUSES.includes(next.status);
  if (!row.sla_paused_at && shouldPause) next.sla_paused_at = now;
  if (row.sla_paused_at && !shouldPause) {
    next.sla_paused_minutes = row.sla_paused_minutes + pauseLength(sla.calendar, row.sla_paused_at, now);
    next.sla_paused_at = null;
  }
  next.queue_rank = queueRank(next.safety, next.priority);
  Object.assign(next, slaColumns(sla, next));
  next.updated_at = now;

  const changes: Record<string, [unknown, unknown]> = {};
  const set: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof CaseRow)[]) {
    const before = comparable(row[key]);
    const after = comparable(next[key]);
    if (before === after) continue;
    set[key] = next[key];
    if (!DERIVED.has(key)) changes[key] = [before, after];
  }
  if (Object.keys(set).length > 0) {
    await tx
      .updateTable('cases')
      .set(set)
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', row.id)
      .execute();
  }
  await writeHistory(tx, row.workspace_id, row.id, by, action, changes);
  return next;
}

export async function writeHistory(
  tx: Tx,
  workspaceId: string,
  caseId: string,
  by: CaseActor,
  action: string,
  changes: Record<string, unknown> = {},
) {
  await tx
    .insertInto('case_history')
    .values({
      workspace_id: workspaceId,
      id: newId(),
      case_id: caseId,
      actor_id: by.id,
      actor_label: by.label,
      action,
      changes: JSON.stringify(changes),
    })
    .execute();
}

/** The next gap-free number of the workspace's year, e.g. CS-2026-000123. */
export async function allocateCaseNumber(tx: Tx, workspaceId: string, year: number): Promise<string> {
  // The counter row is incremented inside the filing transaction: concurrent filings wait on
  // its lock, and a rolled-back filing gives its number back, so numbers have no gaps.
  const { rows } = await sql<{ last_value: number }>`
    insert into case_number_counters (workspace_id, year, last_value) values (${workspaceId}, ${year}, 1)
    on conflict (workspace_id, year) do update set last_value = case_number_counters.last_value + 1
    returning last_value`.execute(tx);
  return `CS-${year}-${String(rows[0]!.last_value).padStart(6, '0')}`;
}
