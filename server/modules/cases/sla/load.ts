import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/index.js';
import { workspaceClock } from '../../identity/index.js';
import type { CaseType, Priority } from '../tables.js';
import type { BusinessCalendar, DayKey, HoursRange } from './calendar.js';
import { computeDues, pickTargets, type PolicyRow, type SlaDues } from './clock.js';

export interface SlaContext {
  calendar: BusinessCalendar;
  policies: PolicyRow[];
}

const dayString = (d: Date | string) => (typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** The workspace's business calendar (hours, zone, holidays, make-up days) and SLA policies. */
export async function loadSlaContext(db: Kysely<Database>, workspaceId: string): Promise<SlaContext> {
  const [workspace, days, policies] = await Promise.all([
    workspaceClock(db, workspaceId),
    db.selectFrom('case_calendar_days').select(['day', 'kind']).where('workspace_id', '=', workspaceId).execute(),
    db.selectFrom('case_sla_policies').selectAll().where('workspace_id', '=', workspaceId).execute(),
  ]);
  const calendar: BusinessCalendar = {
    timeZone: workspace.timeZone,
    hours: workspace.businessHours as Partial<Record<DayKey, HoursRange[]>>,
    holidays: new Set(days.filter((d) => d.kind === 'holiday').map((d) => dayString(d.day))),
    workdays: new Set(days.filter((d) => d.kind === 'workday').map((d) => dayString(d.day))),
  };
  return { calendar, policies };
}

interface ClockRow {
  type: CaseType;
  priority: Priority;
  status: string;
  sla_started_at: Date;
  sla_paused_minutes: number;
  sla_paused_at: Date | null;
  first_responded_at: Date | null;
  awaiting_reply_since: Date | null;
}

/** The SLA columns of a case after a change, ready to write. */
export function slaColumns(ctx: SlaContext, row: ClockRow) {
  const dues: SlaDues = computeDues(ctx.calendar, pickTargets(ctx.policies, row.priority, row.type), {
    startedAt: row.sla_started_at,
    pausedMinutes: row.sla_paused_minutes,
    pausedAt: row.sla_paused_at,
    firstRespondedAt: row.first_responded_at,
    awaitingReplySince: row.awaiting_reply_since,
    resolved: row.status === 'resolved' || row.status === 'merged',
  });
  return {
    first_response_due_at: dues.firstResponseDueAt,
    next_response_due_at: dues.nextResponseDueAt,
    resolution_due_at: dues.resolutionDueAt,
    sla_due_at: dues.dueAt,
  };
}
