import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { matchesSearch, renderMarkdown } from '../../platform/text/index.js';
import { listAttachedFiles } from '../files/index.js';
import { displayNames, workspaceProfile } from '../identity/index.js';
import type { CaseRow } from './case-row.js';
import { caseNotFound, macroNotFound } from './errors.js';
import {
  presentDetailFields,
  presentMessage,
  presentOffer,
  presentSummary,
  SUMMARY_COLUMNS,
  type CaseSummaryRow,
  type People,
} from './presenters.js';
import type { QueueQuery } from './schemas.js';
import { getCaseSettings } from './settings.js';

export async function peopleNames(db: Db, workspaceId: string, ids: (string | null)[]): Promise<People> {
  return displayNames(db, workspaceId, ids);
}

const OPEN = sql<boolean>`status not in ('resolved', 'merged')`;

/**
 * The agents' queue: safety first, then priority, then oldest; or, for "breaching soon", the
 * nearest deadline first. Keyset pagination keeps every page as fast as the first.
 */
export async function listQueue(
  db: Db,
  workspaceId: string,
  userId: string | null,
  q: QueueQuery,
  warnMinutes: () => Promise<number>,
) {
  let query = db.selectFrom('cases').select(SUMMARY_COLUMNS).where('workspace_id', '=', workspaceId);
  if (q.view === 'resolved') query = query.where('status', 'in', ['resolved', 'merged']);
  else if (!q.status) query = query.where(OPEN);
  if (q.view === 'mine') query = query.where('assignee_id', '=', userId ?? '00000000-0000-0000-0000-000000000000');
  if (q.view === 'unassigned') query = query.where('assignee_id', 'is', null);
  if (q.view === 'safety') query = query.where('safety', '=', true);
  if (q.view === 'team') {
    const teams = db
      .selectFrom('case_team_members')
      .select('team_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId ?? '00000000-0000-0000-0000-000000000000');
    query = query.where('team_id', 'in', teams);
  }
  if (q.status) query = query.where('status', '=', q.status);
  if (q.type) query = query.where('type', '=', q.type);
  if (q.priority) query = query.where('priority', '=', q.priority);
  if (q.teamId) query = query.where('team_id', '=', q.teamId);
  if (q.assigneeId) query = query.where('assignee_id', '=', q.assigneeId);
  if (q.customerId) query = query.where('customer_id', '=', q.customerId);
  if (q.q) query = query.where(matchesSearch('search_tokens', q.q));

  let rows: CaseSummaryRow[];
  if (q.view === 'breaching') {
    const key = decodeCursor(q.cursor, 2);
    query = query
      .where('sla_due_at', 'is not', null)
      .where('sla_due_at', '<=', sql<Date>`now() + make_interval(mins => ${await warnMinutes()})`);
    if (key) query = query.where(sql<boolean>`(sla_due_at, id) > (${new Date(key[0] as string)}, ${key[1]})`);
    rows = await query
      .orderBy('sla_due_at')
      .orderBy('id')
      .limit(q.limit + 1)
      .execute();
    return toPage(
      rows,
      q.limit,
      (r) => [r.sla_due_at!.toISOString(), r.id],
      (r) => r,
    );
  }
  const key = decodeCursor(q.cursor, 3);
  if (key) {
    query = query.where(
      sql<boolean>`(queue_rank < ${key[0]} or (queue_rank = ${key[0]} and (created_at, id) > (${new Date(key[1] as string)}, ${key[2]})))`,
    );
  }
  rows = await query
    .orderBy('queue_rank', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .limit(q.limit + 1)
    .execute();
  return toPage(
    rows,
    q.limit,
    (r) => [r.queue_rank, r.created_at.toISOString(), r.id],
    (r) => r,
  );
}

export async function presentPage(
  db: Db,
  workspaceId: string,
  page: { items: CaseSummaryRow[]; nextCursor: string | null },
) {
  const people = await peopleNames(
    db,
    workspaceId,
    page.items.flatMap((c) => [c.assignee_id, c.customer_id]),
  );
  return { items: page.items.map((c) => presentSummary(c, people)), nextCursor: page.nextCursor };
}

/** A customer's own cases, newest first. */
export async function listOwnCases(db: Db, workspaceId: string, customerId: string, limit: number, cursor?: string) {
  const key = decodeCursor(cursor, 2);
  let query = db
    .selectFrom('cases')
    .select(SUMMARY_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('customer_id', '=', customerId);
  if (key) query = query.where(sql<boolean>`(created_at, id) < (${new Date(key[0] as string)}, ${key[1]})`);
  const rows = await query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
  return presentPage(
    db,
    workspaceId,
    toPage(
      rows,
      limit,
      (r) => [r.created_at.toISOString(), r.id],
      (r) => r,
    ),
  );
}

/**
 * A case with its thread and offers. For the customer (`staff` false) internal notes are left
 * out in the query itself, so they cannot leak through a presenter mistake. Given the case row a
 * command has just written (rather than its id), it is not read again.
 */
export async function caseDetail(
  db: Db,
  workspaceId: string,
  caseOrId: string | CaseRow,
  viewer: { staff: boolean; userId: string | null },
) {
  const c =
    typeof caseOrId === 'string'
      ? await db
          .selectFrom('cases')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', caseOrId)
          .executeTakeFirst()
      : caseOrId;
  if (!c || c.workspace_id !== workspaceId || (!viewer.staff && c.customer_id !== viewer.userId)) throw caseNotFound();
  const caseId = c.id;
  let messageQuery = db
    .selectFrom('case_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('case_id', '=', caseId);
  if (!viewer.staff) messageQuery = messageQuery.where('internal', '=', false);
  const [messages, offers, settings, merged, invited] = await Promise.all([
    messageQuery.orderBy('created_at').orderBy('id').execute(),
    db
      .selectFrom('case_offers')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('case_id', '=', caseId)
      .orderBy('round')
      .orderBy('id')
      .execute(),
    getCaseSettings(db, workspaceId),
    c.merged_into_id
      ? db
          .selectFrom('cases')
          .select(['id', 'number'])
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', c.merged_into_id)
          .executeTakeFirst()
      : undefined,
    db
      .selectFrom('case_cocreation_invitations')
      .select('customer_id')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', c.customer_id)
      .executeTakeFirst(),
  ]);
  const [files, messageFiles, people] = await Promise.all([
    listAttachedFiles(db, workspaceId, 'case', [caseId]),
    listAttachedFiles(
      db,
      workspaceId,
      'case_message',
      messages.map((m) => m.id),
    ),
    peopleNames(db, workspaceId, [c.assignee_id, c.customer_id, ...messages.map((m) => m.author_id)]),
  ]);
  const now = new Date();
  return {
    ...presentSummary(c, people),
    ...presentDetailFields(c),
    description: c.description,
    descriptionHtml: renderMarkdown(c.description),
    mergedInto: merged ? { id: merged.id, number: merged.number } : null,
    invitedToCocreation: invited !== undefined,
    files: files.get(caseId) ?? [],
    messages: messages.map((m) => presentMessage(m, people, messageFiles.get(m.id) ?? [])),
    offers: offers.map(presentOffer),
    remedyMenu: settings.remedyMenu,
    escalation: {
      internal: c.escalated_at === null && !['resolved', 'merged'].includes(c.status),
      externalRecourse: settings.externalRecourse,
    },
    canReopen: c.status === 'resolved' && c.reopen_until !== null && c.reopen_until > now,
    canRate: c.status === 'resolved' && c.satisfaction === null,
  };
}

export async function caseHistory(db: Db, workspaceId: string, caseId: string) {
  const exists = await db
    .selectFrom('cases')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!exists) throw caseNotFound();
  const rows = await db
    .selectFrom('case_history')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  return {
    items: rows.map((h) => ({
      id: h.id,
      actor: h.actor_label,
      action: h.action,
      changes: h.changes,
      createdAt: h.created_at.toISOString(),
    })),
  };
}

/** Fills a macro's placeholders for one case: {{customer.name}}, {{case.number}}, {{case.subject}}, {{case.product}}, {{agent.name}}, {{workspace.name}}. */
export async function renderMacro(
  db: Db,
  workspaceId: string,
  caseId: string,
  macroId: string,
  agentId: string | null,
) {
  const [macro, c, ws] = await Promise.all([
    db
      .selectFrom('case_macros')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', macroId)
      .executeTakeFirst(),
    db
      .selectFrom('cases')
      .select(['number', 'subject', 'product', 'customer_id'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', caseId)
      .executeTakeFirst(),
    workspaceProfile(db, workspaceId),
  ]);
  if (!macro) throw macroNotFound();
  if (!c) throw caseNotFound();
  const people = await peopleNames(db, workspaceId, [c.customer_id, agentId]);
  const values: Record<string, string> = {
    'customer.name': people.get(c.customer_id) ?? '',
    'case.number': c.number,
    'case.subject': c.subject,
    'case.product': c.product,
    'agent.name': agentId ? (people.get(agentId) ?? '') : '',
    'workspace.name': ws.name,
  };
  // Unknown placeholders stay as written so the agent sees them before sending.
  return {
    body: macro.body.replace(/\{\{\s*([a-z]+\.[a-z]+)\s*\}\}/g, (all, key: string) => values[key] ?? all),
    internal: macro.internal,
  };
}
