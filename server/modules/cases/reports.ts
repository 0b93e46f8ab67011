import { stringify } from 'csv-stringify/sync';
import { sql, type RawBuilder } from 'kysely';
import { z } from 'zod';
import type { Db } from '../../platform/db/index.js';
import { workspaceClock } from '../identity/index.js';

export const ReportQuerySchema = z.object({
  from: z.iso.date().describe('First day (inclusive), workspace time zone'),
  to: z.iso.date().describe('Last day (inclusive)'),
  groupBy: z.enum(['team', 'agent', 'product', 'cause', 'type']).default('type'),
});
export type ReportQuery = z.infer<typeof ReportQuerySchema>;

export const ReportRowSchema = z.object({
  key: z.string().nullable(),
  label: z.string(),
  volume: z.number(),
  resolved: z.number(),
  avgFirstResponseMinutes: z.number().nullable(),
  avgResolutionMinutes: z.number().nullable(),
  slaCompliance: z.number().nullable(),
  remedyAcceptance: z.number().nullable(),
  reopenRate: z.number().nullable(),
  avgSatisfaction: z.number().nullable(),
});
export const ReportSchema = z.object({
  rows: z.array(ReportRowSchema),
  daily: z.array(z.object({ day: z.string(), received: z.number(), resolved: z.number() })),
});
export type Report = z.infer<typeof ReportSchema>;

const GROUPS: Record<ReportQuery['groupBy'], { key: RawBuilder<string | null>; label: RawBuilder<string | null> }> = {
  team: {
    key: sql`c.team_id::text`,
    label: sql`(select name from case_teams t where t.workspace_id = c.workspace_id and t.id = c.team_id)`,
  },
  agent: {
    key: sql`c.assignee_id::text`,
    label: sql`(select display_name from users u where u.workspace_id = c.workspace_id and u.id = c.assignee_id)`,
  },
  product: { key: sql`nullif(c.product, '')`, label: sql`nullif(c.product, '')` },
  cause: {
    key: sql`c.root_cause_id::text`,
    label: sql`(select name from case_root_causes r where r.workspace_id = c.workspace_id and r.id = c.root_cause_id)`,
  },
  type: { key: sql`c.type`, label: sql`c.type` },
};

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** Volume, response and resolution times, SLA compliance, remedy acceptance, reopen rate and satisfaction, by one dimension. */
export async function caseReport(db: Db, workspaceId: string, q: ReportQuery): Promise<Report> {
  const tz = (await workspaceClock(db, workspaceId)).timeZone;
  const range = sql`c.workspace_id = ${workspaceId} and c.created_at >= (${q.from}::date)::timestamp at time zone ${tz} and c.created_at < (${q.to}::date + 1)::timestamp at time zone ${tz}`;
  const g = GROUPS[q.groupBy];
  const { rows } = await sql<{
    key: string | null;
    label: string | null;
    volume: number;
    resolved: number;
    frt: number | null;
    rt: number | null;
    sla_ok: number;
    sla_n: number;
    accepted: number;
    decided: number;
    reopened: number;
    sat: number | null;
  }>`
    select ${g.key} as key, ${g.label} as label, count(*)::int as volume,
      count(c.resolved_at)::int as resolved,
      avg(extract(epoch from c.first_responded_at - c.created_at) / 60)::float8 as frt,
      avg(extract(epoch from c.resolved_at - c.created_at) / 60)::float8 as rt,
      count(*) filter (where c.resolved_at is not null and c.sla_breached_at is null)::int as sla_ok,
      count(*) filter (where c.resolved_at is not null or c.sla_breached_at is not null)::int as sla_n,
      coalesce(sum((select count(*) from case_offers o where o.workspace_id = c.workspace_id and o.case_id = c.id and o.status = 'accepted')), 0)::int as accepted,
      coalesce(sum((select count(distinct o.round) from case_offers o where o.workspace_id = c.workspace_id and o.case_id = c.id and o.status in ('accepted', 'declined'))), 0)::int as decided,
      count(*) filter (where c.reopened_count > 0)::int as reopened,
      avg(c.satisfaction)::float8 as sat
    from cases c where ${range} and c.status <> 'merged'
    group by 1, 2 order by volume desc`.execute(db);
  const daily = await sql<{ day: string; received: number; resolved: number }>`
    select to_char(d, 'YYYY-MM-DD') as day,
      (select count(*) from cases c where ${range} and (c.created_at at time zone ${tz})::date = d)::int as received,
      (select count(*) from cases c where ${range} and (c.resolved_at at time zone ${tz})::date = d)::int as resolved
    from generate_series(${q.from}::date, ${q.to}::date, interval '1 day') as d order by 1`.execute(db);
  return {
    rows: rows.map((r) => ({
      key: r.key,
      label: r.label ?? '—',
      volume: r.volume,
      resolved: r.resolved,
      avgFirstResponseMinutes: round(r.frt),
      avgResolutionMinutes: round(r.rt),
      slaCompliance: r.sla_n ? round(r.sla_ok / r.sla_n) : null,
      remedyAcceptance: r.decided ? round(r.accepted / r.decided) : null,
      reopenRate: r.resolved ? round(r.reopened / r.resolved) : null,
      avgSatisfaction: round(r.sat),
    })),
    daily: daily.rows,
  };
}

// A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection).
const cell = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export function reportCsv(report: Report): string {
  return stringify(
    report.rows.map((r) => [
      cell(r.label),
      r.volume,
      r.resolved,
      r.avgFirstResponseMinutes ?? '',
      r.avgResolutionMinutes ?? '',
      r.slaCompliance ?? '',
      r.remedyAcceptance ?? '',
      r.reopenRate ?? '',
      r.avgSatisfaction ?? '',
    ]),
    {
      header: true,
      columns: [
        'group',
        'volume',
        'resolved',
        'avg_first_response_minutes',
        'avg_resolution_minutes',
        'sla_compliance',
        'remedy_acceptance',
        'reopen_rate',
        'avg_satisfaction',
      ],
    },
  );
}
