// Filing a case: POST /api/v1/my/cases as signed-in people (round-robin over many sessions).
// One transaction: a gap-free case number, the case, its SLA deadlines on the business calendar,
// history, the acknowledgement (thread message + mail job) and two events; then the case is read back.
import { v7 } from 'uuid';

export const name = 'cases-file';
export const description =
  'POST /api/v1/my/cases, session cookie; number + case + SLA + history + ack mail + 2 events in one transaction';

const body = (n) => ({
  type: 'repair',
  subject: `洗衣机不脱水 ${n}`,
  description: '脱水时报错 E4，衣服湿的。',
  product: '洗衣机',
  model: 'EG100',
  purchaseDate: '2026-03-01',
  requestedRemedy: '上门维修',
});

// Seeded cases use numbers up to CS-2026-142857 (cases-queue): filing continues above them.
export async function seed(pool, ctx) {
  const year = new Date().getFullYear();
  await pool.query(
    'insert into case_number_counters (workspace_id, year, last_value) values ($1, $2, 200000) on conflict (workspace_id, year) do update set last_value = 200000',
    [ctx.workspaceId, year],
  );
}

export function requests(ctx) {
  let n = 0;
  return [
    {
      method: 'POST',
      path: '/api/v1/my/cases',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'cocreate' },
      setupRequest(request) {
        const writer = ctx.writers[n++ % ctx.writers.length];
        return { ...request, headers: { ...request.headers, cookie: writer.cookie }, body: JSON.stringify(body(n)) };
      },
    },
  ];
}

const SESSION =
  'select "s"."user_id", "s"."last_seen_at", "u"."role" from "sessions" as "s" inner join "users" as "u" on "u"."workspace_id" = "s"."workspace_id" and "u"."id" = "s"."user_id" where "s"."workspace_id" = $1 and "s"."token_hash" = $2 and "s"."expires_at" > now() and "u"."status" = $3';
// cases/commands/file-case.ts, in one transaction.
const SETTINGS = 'select * from "case_settings" where "workspace_id" = $1';
const ZONE = 'select "time_zone", "business_hours" from "workspaces" where "id" = $1';
const DAYS = 'select "day", "kind" from "case_calendar_days" where "workspace_id" = $1';
const POLICIES = 'select * from "case_sla_policies" where "workspace_id" = $1';
const WORKSPACE = 'select "name", "default_locale", "time_zone" from "workspaces" where "id" = $1';
const ACTOR = 'select "display_name", "role" from "users" where "workspace_id" = $1 and "id" = $2';
const NUMBER =
  'insert into case_number_counters (workspace_id, year, last_value) values ($1, $2, 1) on conflict (workspace_id, year) do update set last_value = case_number_counters.last_value + 1 returning last_value';
const INSERT = `insert into "cases" ("workspace_id", "id", "number", "customer_id", "recorded_by", "channel", "type", "status", "subject", "description", "product", "model", "serial_number", "purchase_date", "requested_remedy", "severity", "priority", "safety", "warranty_months", "warranty_status", "warranty_until", "queue_rank", "sla_started_at", "sla_paused_minutes", "search_tokens", "created_at", "updated_at", "first_response_due_at", "next_response_due_at", "resolution_due_at", "sla_due_at") values ($1, $2, $3, $4, null, 'portal', 'repair', 'new', $5, $6, '洗衣机', 'EG100', '', '2026-03-01', '上门维修', 'medium', 'normal', false, 12, 'in_warranty', '2027-03-01', 1, now(), 0, $7, now(), now(), now() + interval '4 hours', null, now() + interval '5 days', now() + interval '4 hours') returning *`;
const HISTORY =
  'insert into "case_history" ("workspace_id", "id", "case_id", "actor_id", "actor_label", "action", "changes") values ($1, $2, $3, $4, $5, $6, $7)';
const EVENT =
  'insert into "platform_events" ("event_id", "name", "version", "workspace_id", "actor_id", "customer_id", "touchpoint", "payload") values ($1, $2, $3, $4, $5, $6, $7, $8) returning *';
const CUSTOMER = 'select "email", "locale" from "users" where "workspace_id" = $1 and "id" = $2';
const MESSAGE =
  'insert into "case_messages" ("workspace_id", "id", "case_id", "author_id", "author_kind", "body", "body_html") values ($1, $2, $3, $4, $5, $6, $7)';
const MAIL = `insert into platform_jobs (id, name, payload, workspace_id, run_at, max_attempts, singleton_key) values ($1, 'platform.mail.send', $2::jsonb, $3, now(), 8, null) on conflict (name, singleton_key) where singleton_key is not null and status in ('queued', 'running') do nothing returning id`;
// cases/queries.ts caseDetail: the answer.
const DETAIL = [
  'select * from "cases" where "workspace_id" = $1 and "id" = $2',
  'select * from "case_messages" where "workspace_id" = $1 and "case_id" = $2 and "internal" = false order by "created_at", "id"',
  'select * from "case_offers" where "workspace_id" = $1 and "case_id" = $2 order by "round", "id"',
  'select "customer_id" from "case_cocreation_invitations" where "workspace_id" = $1 and "customer_id" = $2',
  'select "id", "content_type", "size", "width", "height", "attached_id" from "files" where "workspace_id" = $1 and "attached_type" = \'case\' and "attached_id" in ($2)',
];

let n = 0;
export async function dbBaseline(pool, ctx) {
  const writer = ctx.writers[n++ % ctx.writers.length];
  const ws = ctx.workspaceId;
  const session = await pool.query(SESSION, [ws, writer.tokenHash, 'active']);
  if (session.rowCount !== 1) throw new Error('cases-file: the session was not found');
  const client = await pool.connect();
  const id = v7();
  try {
    await client.query('begin');
    await Promise.all([
      client.query(SETTINGS, [ws]),
      client.query(ZONE, [ws]),
      client.query(DAYS, [ws]),
      client.query(POLICIES, [ws]),
      client.query(WORKSPACE, [ws]),
      client.query(ACTOR, [ws, writer.userId]),
    ]);
    const number = (await client.query(NUMBER, [ws, new Date().getFullYear()])).rows[0].last_value;
    const b = body(n);
    await client.query(INSERT, [
      ws,
      id,
      `CS-B-${number}-${id}`,
      writer.userId,
      b.subject,
      b.description,
      `${b.subject} ${b.description}`,
    ]);
    await client.query(HISTORY, [ws, v7(), id, writer.userId, writer.displayName, 'received', '{}']);
    await client.query(EVENT, [
      v7(),
      'cases.case.received',
      1,
      ws,
      writer.userId,
      writer.userId,
      'portal',
      JSON.stringify({ caseId: id }),
    ]);
    await client.query(CUSTOMER, [ws, writer.userId]);
    await client.query(MESSAGE, [ws, v7(), id, null, 'system', 'ack', '<p>ack</p>']);
    await client.query(MAIL, [v7(), JSON.stringify({ to: 'x@bench.example', subject: 'ack', text: 'ack' }), ws]);
    await client.query(EVENT, [
      v7(),
      'cases.case.acknowledged',
      1,
      ws,
      writer.userId,
      writer.userId,
      'portal',
      JSON.stringify({ caseId: id }),
    ]);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  await Promise.all([
    ...DETAIL.slice(0, 3).map((sql) => pool.query(sql, [ws, id])),
    pool.query(DETAIL[3], [ws, writer.userId]),
    pool.query(SETTINGS, [ws]),
    pool.query(DETAIL[4], [ws, id]),
    pool.query('select "id", "display_name" from "users" where "workspace_id" = $1 and "id" in ($2)', [
      ws,
      writer.userId,
    ]),
  ]);
}
