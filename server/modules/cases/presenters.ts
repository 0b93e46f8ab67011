import type { Selectable } from 'kysely';
import type { FileView } from '../files/index.js';
import type { CaseRow } from './case-row.js';
import type { CalendarDay, SlaPolicy } from './config-schemas.js';
import { DEFAULT_TARGETS } from './sla/clock.js';
import type {
  CaseCalendarDaysTable,
  CaseMessagesTable,
  CaseOffersTable,
  CaseRootCausesTable,
  CaseSlaPoliciesTable,
  CaseTeamMembersTable,
  CaseTeamsTable,
  OfferSlot,
} from './tables.js';

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
const day = (d: Date | string | null) =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);
export type People = Map<string, string>;
const person = (people: People, id: string | null) => (id ? { id, displayName: people.get(id) ?? '' } : null);

/** The columns a queue row needs; lists select only these (descriptions can be long). */
export const SUMMARY_COLUMNS = [
  'id',
  'number',
  'type',
  'status',
  'subject',
  'product',
  'model',
  'severity',
  'priority',
  'safety',
  'channel',
  'team_id',
  'assignee_id',
  'customer_id',
  'sla_due_at',
  'sla_breached_at',
  'queue_rank',
  'created_at',
  'updated_at',
] as const;
export type CaseSummaryRow = Pick<CaseRow, (typeof SUMMARY_COLUMNS)[number]>;

export function presentSummary(c: CaseSummaryRow, people: People) {
  return {
    id: c.id,
    number: c.number,
    type: c.type,
    status: c.status,
    subject: c.subject,
    product: c.product,
    model: c.model,
    severity: c.severity,
    priority: c.priority,
    safety: c.safety,
    channel: c.channel,
    teamId: c.team_id,
    assignee: person(people, c.assignee_id),
    customer: person(people, c.customer_id),
    slaDueAt: iso(c.sla_due_at),
    slaBreached: c.sla_breached_at !== null,
    createdAt: c.created_at.toISOString(),
    updatedAt: c.updated_at.toISOString(),
  };
}

const slotView = (s: OfferSlot) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt });

export function presentOffer(o: Selectable<CaseOffersTable>) {
  const chosen = o.slots.find((s) => s.id === o.chosen_slot_id);
  return {
    id: o.id,
    round: o.round,
    remedy: o.remedy,
    terms: o.terms,
    slots: o.slots.map(slotView),
    status: o.status,
    chosenSlot: chosen ? slotView(chosen) : null,
    declineReason: o.decline_reason,
    decidedAt: iso(o.decided_at),
    carriedOutAt: iso(o.carried_out_at),
    createdAt: o.created_at.toISOString(),
  };
}

export function presentMessage(m: Selectable<CaseMessagesTable>, people: People, files: FileView[]) {
  return {
    id: m.id,
    authorKind: m.author_kind,
    author: m.author_kind === 'system' ? null : person(people, m.author_id),
    internal: m.internal,
    body: m.body,
    bodyHtml: m.body_html,
    files,
    createdAt: m.created_at.toISOString(),
  };
}

export function presentDetailFields(c: CaseRow) {
  return {
    serialNumber: c.serial_number,
    purchaseDate: day(c.purchase_date),
    requestedRemedy: c.requested_remedy,
    warrantyStatus: c.warranty_status,
    warrantyUntil: day(c.warranty_until),
    warrantyMonths: c.warranty_months,
    rootCauseId: c.root_cause_id,
    idea: c.idea_id ? { id: c.idea_id, title: c.idea_title ?? '' } : null,
    escalatedAt: iso(c.escalated_at),
    declineReason: c.decline_reason,
    firstResponseDueAt: iso(c.first_response_due_at),
    firstRespondedAt: iso(c.first_responded_at),
    nextResponseDueAt: iso(c.next_response_due_at),
    resolutionDueAt: iso(c.resolution_due_at),
    slaPaused: c.sla_paused_at !== null,
    resolvedAt: iso(c.resolved_at),
    reopenUntil: iso(c.reopen_until),
    reopenedCount: c.reopened_count,
    satisfaction: c.satisfaction,
    satisfactionComment: c.satisfaction_comment,
  };
}

export const presentSlaPolicy = (p: Selectable<CaseSlaPoliciesTable>): SlaPolicy => ({
  priority: p.priority,
  caseType: p.case_type,
  firstResponseMinutes: p.first_response_minutes,
  nextResponseMinutes: p.next_response_minutes,
  resolutionMinutes: p.resolution_minutes,
});

/**
 * Policies by priority, then case type, as `order by priority, case_type` gives them: the values
 * are lower-case words and '*', which every collation orders as plain code points do.
 */
export const sortSlaPolicies = (items: SlaPolicy[]): SlaPolicy[] =>
  [...items].sort((a, b) =>
    a.priority !== b.priority ? (a.priority < b.priority ? -1 : 1) : a.caseType < b.caseType ? -1 : 1,
  );

/** The SLA settings screen: the saved policies and the built-in targets that apply where none is saved. */
export const presentSlaPolicies = (items: SlaPolicy[]) => ({ items, defaults: DEFAULT_TARGETS });

export const presentCalendarDay = (d: Selectable<CaseCalendarDaysTable>): CalendarDay => ({
  day: day(d.day)!,
  kind: d.kind,
  name: d.name,
});

export function presentTeams(teams: Selectable<CaseTeamsTable>[], members: Selectable<CaseTeamMembersTable>[]) {
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    assignment: t.assignment,
    memberIds: members.filter((m) => m.team_id === t.id).map((m) => m.user_id),
  }));
}

/** The root-cause tree as a list sorted by each cause's path ("Parts › Inlet valve"). */
export function presentRootCauses(rows: Selectable<CaseRootCausesTable>[]) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  // The depth bound keeps a cycle (which the commands never make) from recursing forever.
  const path = (id: string, depth = 0): string => {
    const r = byId.get(id)!;
    return r.parent_id && byId.has(r.parent_id) && depth < 10 ? `${path(r.parent_id, depth + 1)} › ${r.name}` : r.name;
  };
  return rows
    .map((r) => ({ id: r.id, name: r.name, parentId: r.parent_id, path: path(r.id) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
