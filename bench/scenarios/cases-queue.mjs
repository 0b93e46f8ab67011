// The agents' queue with an API key: GET /api/v1/cases?view=…&limit=20, rotating over the views
// all open / unassigned / safety / breaching soon.
// Target (issue 6): p99 under 50 ms at 50 connections on PostgreSQL, with 1,000,000 cases (50,000 open).
import { v7 } from 'uuid';

export const name = 'cases-queue';
export const description =
  'GET /api/v1/cases?view=all|unassigned|safety|breaching&limit=20, API key; 1,000,000 cases, 50,000 open';

export const CASES = 1_000_000;
const OPEN_EVERY = 20;
const VIEWS = ['all', 'unassigned', 'safety', 'breaching'];

/**
 * One million cases in SQL: every 20th open (50,000), a fifth of those unassigned, 1 in 100
 * flagged for safety, deadlines spread from two hours ago to two days ahead.
 */
export async function seed(pool, ctx) {
  const ws = ctx.workspaceId;
  const agents = (
    await pool.query("select id from users where workspace_id = $1 and role = 'agent' order by id", [ws])
  ).rows.map((r) => r.id);
  const customers = (
    await pool.query("select id from users where workspace_id = $1 and role = 'customer' order by id limit 5000", [ws])
  ).rows.map((r) => r.id);
  const teamId = v7();
  await pool.query(
    "insert into case_teams (workspace_id, id, name, assignment) values ($1, $2, 'Bench team', 'least_loaded')",
    [ws, teamId],
  );
  for (let from = 0; from < CASES; from += 100_000) {
    await pool.query(
      `
      insert into cases (workspace_id, id, number, customer_id, channel, type, status, subject, description, product, severity, priority, safety,
        queue_rank, team_id, assignee_id, sla_started_at, resolution_due_at, sla_due_at, resolved_at, created_at, updated_at, search_tokens)
      select $1, gen_random_uuid(), 'CS-' || (2020 + i % 7) || '-' || lpad((i / 7)::text, 6, '0'), ($2::uuid[])[1 + i % array_length($2::uuid[], 1)],
        'portal', (array['complaint', 'repair', 'question'])[1 + i % 3],
        case when i % ${OPEN_EVERY} = 0 then (array['new', 'open', 'waiting_on_customer', 'remedy_offered'])[1 + (i / ${OPEN_EVERY}) % 4] else 'resolved' end,
        'Bench case ' || i, 'The machine makes a noise ' || i, (array['洗衣机', '冰箱', '空调', 'Dishwasher'])[1 + i % 4], 'medium',
        (array['low', 'normal', 'high', 'urgent'])[1 + (i / 7) % 4], i % 2000 = 0,
        case when i % 2000 = 0 then 10 else 0 end + (i / 7) % 4, $4,
        case when (i / ${OPEN_EVERY}) % 5 = 0 then null else ($3::uuid[])[1 + i % array_length($3::uuid[], 1)] end,
        now() - make_interval(mins => i % 100000), now() + make_interval(mins => i % 3000 - 120),
        case when i % ${OPEN_EVERY} = 0 and (i / ${OPEN_EVERY}) % 4 < 2 then now() + make_interval(mins => i % 2880 - 120) end,
        case when i % ${OPEN_EVERY} <> 0 then now() - make_interval(mins => i % 50000) end,
        now() - make_interval(mins => i % 100000), now(), ''
      from generate_series($5::int, $6::int) as i`,
      [ws, customers, agents, teamId, from + 1, Math.min(from + 100_000, CASES)],
    );
  }
  await pool.query('analyze cases');
}

export function requests(ctx) {
  let n = 0;
  return [
    {
      method: 'GET',
      path: '/api/v1/cases?limit=20',
      headers: { authorization: `Bearer ${ctx.apiKey}` },
      setupRequest: (request) => ({ ...request, path: `/api/v1/cases?view=${VIEWS[n++ % VIEWS.length]}&limit=20` }),
    },
  ];
}

// identity/authenticate.ts: the API key; cases/settings.ts (breaching only); cases/queries.ts listQueue and peopleNames.
const KEY =
  'select "id", "scopes", "last_used_at" from "api_keys" where "workspace_id" = $1 and "key_hash" = $2 and "revoked_at" is null';
const SETTINGS = 'select * from "case_settings" where "workspace_id" = $1';
const PAGES = {
  all: [
    `select "id", "number", "type", "status", "subject", "product", "model", "severity", "priority", "safety", "channel", "team_id", "assignee_id", "customer_id", "sla_due_at", "sla_breached_at", "queue_rank", "created_at", "updated_at" from "cases" where "workspace_id" = $1 and status not in ('resolved', 'merged') order by "queue_rank" desc, "created_at", "id" limit $2`,
    [],
  ],
  unassigned: [
    `select "id", "number", "type", "status", "subject", "product", "model", "severity", "priority", "safety", "channel", "team_id", "assignee_id", "customer_id", "sla_due_at", "sla_breached_at", "queue_rank", "created_at", "updated_at" from "cases" where "workspace_id" = $1 and status not in ('resolved', 'merged') and "assignee_id" is null order by "queue_rank" desc, "created_at", "id" limit $2`,
    [],
  ],
  safety: [
    `select "id", "number", "type", "status", "subject", "product", "model", "severity", "priority", "safety", "channel", "team_id", "assignee_id", "customer_id", "sla_due_at", "sla_breached_at", "queue_rank", "created_at", "updated_at" from "cases" where "workspace_id" = $1 and status not in ('resolved', 'merged') and "safety" = $3 order by "queue_rank" desc, "created_at", "id" limit $2`,
    [true],
  ],
  breaching: [
    `select "id", "number", "type", "status", "subject", "product", "model", "severity", "priority", "safety", "channel", "team_id", "assignee_id", "customer_id", "sla_due_at", "sla_breached_at", "queue_rank", "created_at", "updated_at" from "cases" where "workspace_id" = $1 and status not in ('resolved', 'merged') and "sla_due_at" is not null and "sla_due_at" <= now() + make_interval(mins => $3) order by "sla_due_at", "id" limit $2`,
    [60],
  ],
};
const PEOPLE = 'select "id", "display_name" from "users" where "workspace_id" = $1 and "id" = any($2::uuid[])';

let n = 0;
export async function dbBaseline(pool, ctx) {
  const ws = ctx.workspaceId;
  const key = await pool.query(KEY, [ws, ctx.apiKeyHash]);
  if (key.rowCount !== 1) throw new Error('cases-queue: the API key was not found');
  const view = VIEWS[n++ % VIEWS.length];
  // Only "breaching soon" reads the settings (the warning window).
  if (view === 'breaching') await pool.query(SETTINGS, [ws]);
  const [sql, extra] = PAGES[view];
  const page = await pool.query(sql, [ws, 21, ...extra]);
  if (page.rowCount === 0) throw new Error('cases-queue: an empty page');
  await pool.query(PEOPLE, [
    ws,
    [...new Set(page.rows.flatMap((r) => [r.assignee_id, r.customer_id]).filter(Boolean))],
  ]);
}
