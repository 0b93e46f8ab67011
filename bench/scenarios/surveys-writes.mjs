// Ingesting completed responses: PUT /api/v1/survey-responses/:id {token, answers, complete: true}
// from anonymous respondents (NPS, CSAT, a KANO pair and open text). Each request completes a
// different response seeded in progress; the rollups are then kept by the surveys.rollups
// subscriber in the server's worker, outside the request (and beside it: the same process and
// database do that work during the run). The file sorts after the read scenarios on purpose, so
// that its rollup backlog does not run under their measurements.
import { createHash, randomBytes } from 'node:crypto';
import { v7 } from 'uuid';

export const name = 'surveys-ingest';
// Target (issue 11): ≥ 0.6× of the database limit.
export const targets = { ofDbLimit: 0.6 };
export const description =
  'PUT /api/v1/survey-responses/:id complete: true (NPS, CSAT, KANO, text), anonymous; one transaction + event';

const T = (en, zh) => ({ en, 'zh-CN': zh });
export const QUESTIONS = [
  { id: 'nps', type: 'nps', title: T('Recommend us?', '推荐我们吗？'), required: true, branches: [] },
  { id: 'csat', type: 'csat', title: T('Satisfied?', '满意吗？'), required: false, branches: [] },
  {
    id: 'kano-quiet',
    type: 'kano',
    title: T('Quiet mode', '静音模式'),
    required: false,
    branches: [],
    kano: { functional: T('Have it?', '有？'), dysfunctional: T('Not have it?', '没有？') },
  },
  { id: 'why', type: 'text', title: T('Why?', '为什么？'), required: false, branches: [] },
];
// Enough responses that the measured run never runs out (each is completed once).
const PER_SIDE = 60_000;
const hashToken = (token) => createHash('sha256').update(token).digest('base64url');
const queues = { http: [], db: [] };
const TEXTS = ['洗衣机噪音太大', 'The engineer was on time and friendly', '安装师傅很专业', 'App setup was confusing'];
const answersOf = (n) => ({
  nps: n % 11,
  csat: 1 + (n % 5),
  'kano-quiet': { functional: 1 + (n % 5), dysfunctional: 1 + ((n >> 2) % 5) },
  why: TEXTS[n % TEXTS.length],
});

export async function seed(pool, ctx) {
  // One bench process measures both databases: start each from its own seeded responses.
  queues.http = [];
  queues.db = [];
  d = 0;
  const surveyId = v7();
  await pool.query(
    `insert into surveys (workspace_id, id, slug, title, welcome, thanks, questions, status) values ($1, $2, 'bench-ingest', $3, $3, $3, $4, 'open')`,
    [ctx.workspaceId, surveyId, JSON.stringify(T('Bench', '基准')), JSON.stringify(QUESTIONS)],
  );
  for (const side of ['http', 'db']) {
    for (let from = 0; from < PER_SIDE; from += 5000) {
      const batch = Array.from({ length: 5000 }, () => ({ id: v7(), token: randomBytes(24).toString('base64url') }));
      await pool.query(
        `insert into survey_responses (workspace_id, id, survey_id, token_hash, channel, locale)
         select $1, unnest($2::uuid[]), $3, unnest($4::text[]), 'link', 'zh-CN'`,
        [ctx.workspaceId, batch.map((r) => r.id), surveyId, batch.map((r) => hashToken(r.token))],
      );
      queues[side].push(...batch);
    }
  }
  ctx.surveysIngest = { surveyId };
}

export function requests() {
  let n = 0;
  return [
    {
      method: 'PUT',
      path: '/api/v1/survey-responses/0',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'cocreate' },
      setupRequest(request) {
        const r = queues.http[n];
        if (!r) throw new Error('surveys-ingest: ran out of seeded responses; raise PER_SIDE');
        n++;
        return {
          ...request,
          path: `/api/v1/survey-responses/${r.id}`,
          body: JSON.stringify({ token: r.token, answers: answersOf(n), complete: true }),
        };
      },
    },
  ];
}

// surveys/commands/save-answers.ts and platform/events/record.ts, statement for statement.
const RESPONSE = 'select * from "survey_responses" where "workspace_id" = $1 and "id" = $2 for update';
const SURVEY = 'select * from "surveys" where "workspace_id" = $1 and "id" = $2';
const COMPLETE =
  'update "survey_responses" set "answers" = $1, "status" = $2, "completed_at" = now(), "updated_at" = now(), "search_tokens" = $3 where "workspace_id" = $4 and "id" = $5 returning *';
const EVENT =
  'insert into "platform_events" ("event_id", "name", "version", "workspace_id", "actor_id", "customer_id", "touchpoint", "payload") values ($1, $2, $3, $4, $5, $6, $7, $8) returning *';

let d = 0;
export async function dbBaseline(pool, ctx) {
  const r = queues.db[d++];
  if (!r) throw new Error('surveys-ingest: ran out of seeded responses for the database limit');
  const ws = ctx.workspaceId;
  const { surveyId } = ctx.surveysIngest;
  const client = await pool.connect();
  try {
    await client.query('begin');
    const row = await client.query(RESPONSE, [ws, r.id]);
    if (row.rowCount !== 1) throw new Error('surveys-ingest: response not found');
    await client.query(SURVEY, [ws, surveyId]);
    await client.query(SURVEY, [ws, surveyId]);
    const answers = answersOf(d);
    await client.query(COMPLETE, [JSON.stringify(answers), 'completed', answers.why, ws, r.id]);
    const payload = JSON.stringify({ surveyId, responseId: r.id, channel: 'link', entityType: null, entityId: null });
    // The same insert under a name no subscriber handles: the server started after this loop must
    // not spend the measured run rolling up the database limit's responses.
    await client.query(EVENT, [v7(), 'bench.response.completed', 1, ws, null, null, 'link', payload]);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
