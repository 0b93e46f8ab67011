// The NPS/CSAT/CES summary and the weekly NPS trend of a survey with 1,000,000 completed responses
// (a year of answers over three channels, two languages, four segments), read by API key. The
// rollups (all-time totals for the summary, daily counts for the trend) are what the surveys.rollups subscriber keeps; here they are computed from the seeded
// responses with the same grouping.
export const name = 'surveys-summary';
export const description =
  'GET /api/v1/surveys/:id/summary and /trend?unit=week (alternating), 1,000,000 responses, API key';

const T = (en, zh) => ({ en, 'zh-CN': zh });
const QUESTIONS = [
  { id: 'nps', type: 'nps', title: T('Recommend us?', '推荐我们吗？'), required: true, branches: [] },
  { id: 'csat', type: 'csat', title: T('Satisfied?', '满意吗？'), required: false, branches: [] },
  { id: 'ces', type: 'ces', title: T('Easy?', '容易吗？'), required: false, branches: [] },
  { id: 'why', type: 'text', title: T('Why?', '为什么？'), required: false, branches: [] },
];
const RESPONSES = 1_000_000;
const BATCH = 100_000;

export async function seed(pool, ctx) {
  const {
    rows: [survey],
  } = await pool.query(
    `insert into surveys (workspace_id, id, slug, title, welcome, thanks, questions, status, completed_count)
     values ($1, gen_random_uuid(), 'bench-million', $2, $2, $2, $3, 'open', $4) returning id`,
    [ctx.workspaceId, JSON.stringify(T('A year of NPS', '一年的净推荐值')), JSON.stringify(QUESTIONS), RESPONSES],
  );
  for (let from = 0; from < RESPONSES; from += BATCH) {
    await pool.query(
      `insert into survey_responses (workspace_id, id, survey_id, token_hash, status, answers, channel, locale, segment, started_at, updated_at, completed_at, rolled_up)
       select $1, gen_random_uuid(), $2, md5(i::text), 'completed',
              jsonb_build_object('nps', (i * 7) % 11, 'csat', 1 + (i * 3) % 5, 'ces', 1 + (i * 5) % 7),
              (array['link', 'email', 'widget'])[1 + i % 3], (array['zh-CN', 'en'])[1 + i % 2], (array['VIP', 'new', 'loyal', 'dormant'])[1 + i % 4],
              now() - make_interval(days => i % 365), now() - make_interval(days => i % 365), now() - make_interval(days => i % 365), true
       from generate_series($3::int, $4::int) as i`,
      [ctx.workspaceId, survey.id, from, from + BATCH - 1],
    );
  }
  const grouped = `
    from survey_responses r join workspaces w on w.id = r.workspace_id, jsonb_each_text(r.answers) q
    where r.workspace_id = $1 and r.survey_id = $2 and r.status = 'completed'`;
  await pool.query(
    `insert into survey_counts (workspace_id, survey_id, question_id, day, channel, touchpoint, locale, segment, value, n)
     select r.workspace_id, r.survey_id, q.key, (r.completed_at at time zone w.time_zone)::date, r.channel, coalesce(r.touchpoint, ''), r.locale, coalesce(r.segment, ''), q.value::int, count(*)
     ${grouped} group by 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    [ctx.workspaceId, survey.id],
  );
  await pool.query(
    `insert into survey_daily_counts (workspace_id, survey_id, question_id, day, value, n)
     select workspace_id, survey_id, question_id, day, value, sum(n) from survey_counts where workspace_id = $1 and survey_id = $2 group by 1, 2, 3, 4, 5`,
    [ctx.workspaceId, survey.id],
  );
  await pool.query(
    `insert into survey_totals (workspace_id, survey_id, question_id, value, n)
     select workspace_id, survey_id, question_id, value, sum(n) from survey_daily_counts where workspace_id = $1 and survey_id = $2 group by 1, 2, 3, 4`,
    [ctx.workspaceId, survey.id],
  );
  await pool.query('analyze survey_counts; analyze survey_daily_counts; analyze survey_totals');
  ctx.surveysSummary = { surveyId: survey.id };
}

export function requests(ctx) {
  const headers = { authorization: `Bearer ${ctx.apiKey}` };
  const id = ctx.surveysSummary.surveyId;
  return [
    { method: 'GET', path: `/api/v1/surveys/${id}/summary`, headers },
    { method: 'GET', path: `/api/v1/surveys/${id}/trend?unit=week&questionId=nps`, headers },
  ];
}

// identity/authenticate.ts, then surveys/queries/analytics.ts surveySummary / surveyTrend.
const KEY =
  'select "id", "scopes", "last_used_at" from "api_keys" where "workspace_id" = $1 and "key_hash" = $2 and "revoked_at" is null';
const SURVEY = 'select * from "surveys" where "workspace_id" = $1 and "id" = $2';
const COUNTS = 'select "question_id", "value", "n" from "survey_totals" where "workspace_id" = $1 and "survey_id" = $2';
const TREND = `select to_char(date_trunc($1, day::timestamp), 'YYYY-MM-DD') as "period", "value", sum(n) as "n" from "survey_daily_counts" where "workspace_id" = $2 and "survey_id" = $3 and "question_id" = $4 group by 1, "value" order by 1`;

let n = 0;
export async function dbBaseline(pool, ctx) {
  const ws = ctx.workspaceId;
  const id = ctx.surveysSummary.surveyId;
  const key = await pool.query(KEY, [ws, ctx.apiKeyHash]);
  if (key.rowCount !== 1) throw new Error('surveys-summary: the API key was not found');
  await pool.query(SURVEY, [ws, id]);
  if (n++ % 2 === 0) {
    const counts = await pool.query(COUNTS, [ws, id]);
    if (counts.rowCount !== 23) throw new Error(`surveys-summary: ${counts.rowCount} count rows`);
  } else {
    await pool.query(TREND, ['week', ws, id, 'nps']);
  }
}
