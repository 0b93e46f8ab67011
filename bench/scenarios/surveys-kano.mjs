// The KANO analysis of 50 features answered by 10,000 respondents (one survey, 50 KANO pairs per
// response): GET /api/v1/surveys/:id/kano by API key. Counts as the surveys.rollups subscriber keeps
// them (25 cells per feature), computed from the seeded responses.
export const name = 'surveys-kano';
export const description = 'GET /api/v1/surveys/:id/kano, 50 features x 10,000 respondents, API key';

const T = (en, zh) => ({ en, 'zh-CN': zh });
const FEATURES = 50;
const RESPONDENTS = 10_000;
const QUESTIONS = Array.from({ length: FEATURES }, (_, i) => ({
  id: `f${i + 1}`,
  type: 'kano',
  title: T(`Feature ${i + 1}`, `功能 ${i + 1}`),
  required: false,
  branches: [],
  kano: { functional: T('If it had it?', '如果有？'), dysfunctional: T('If it did not?', '如果没有？') },
}));

export async function seed(pool, ctx) {
  const {
    rows: [survey],
  } = await pool.query(
    `insert into surveys (workspace_id, id, slug, title, welcome, thanks, questions, status, completed_count)
     values ($1, gen_random_uuid(), 'bench-kano', $2, $2, $2, $3, 'open', $4) returning id`,
    [ctx.workspaceId, JSON.stringify(T('Fifty features', '五十个功能')), JSON.stringify(QUESTIONS), RESPONDENTS],
  );
  // Each feature leans on its own answers, so the categories differ across features.
  await pool.query(
    `insert into survey_responses (workspace_id, id, survey_id, token_hash, status, answers, channel, locale, started_at, updated_at, completed_at, rolled_up)
     select $1, gen_random_uuid(), $2, md5(i::text), 'completed',
            (select jsonb_object_agg('f' || f, jsonb_build_object('functional', 1 + (i * f + f) % 5 / 2, 'dysfunctional', 1 + (i + f * 3) % 5))
               from generate_series(1, ${FEATURES}) as f),
            'link', 'zh-CN', now() - make_interval(days => i % 30), now(), now() - make_interval(days => i % 30), true
     from generate_series(1, ${RESPONDENTS}) as i`,
    [ctx.workspaceId, survey.id],
  );
  await pool.query(
    `insert into survey_daily_counts (workspace_id, survey_id, question_id, day, value, n)
     select r.workspace_id, r.survey_id, q.key, (r.completed_at at time zone w.time_zone)::date,
            ((q.value ->> 'functional')::int - 1) * 5 + (q.value ->> 'dysfunctional')::int - 1, count(*)
     from survey_responses r join workspaces w on w.id = r.workspace_id, jsonb_each(r.answers) q
     where r.workspace_id = $1 and r.survey_id = $2 group by 1, 2, 3, 4, 5`,
    [ctx.workspaceId, survey.id],
  );
  await pool.query(
    `insert into survey_totals (workspace_id, survey_id, question_id, value, n)
     select workspace_id, survey_id, question_id, value, sum(n) from survey_daily_counts where workspace_id = $1 and survey_id = $2 group by 1, 2, 3, 4`,
    [ctx.workspaceId, survey.id],
  );
  await pool.query('analyze survey_daily_counts; analyze survey_totals');
  ctx.surveysKano = { surveyId: survey.id };
}

export const requests = (ctx) => [
  {
    method: 'GET',
    path: `/api/v1/surveys/${ctx.surveysKano.surveyId}/kano`,
    headers: { authorization: `Bearer ${ctx.apiKey}` },
  },
];

const KEY =
  'select "id", "scopes", "last_used_at" from "api_keys" where "workspace_id" = $1 and "key_hash" = $2 and "revoked_at" is null';
const SURVEY = 'select * from "surveys" where "workspace_id" = $1 and "id" = $2';
const COUNTS = 'select "question_id", "value", "n" from "survey_totals" where "workspace_id" = $1 and "survey_id" = $2';

export async function dbBaseline(pool, ctx) {
  const ws = ctx.workspaceId;
  const id = ctx.surveysKano.surveyId;
  const key = await pool.query(KEY, [ws, ctx.apiKeyHash]);
  if (key.rowCount !== 1) throw new Error('surveys-kano: the API key was not found');
  await pool.query(SURVEY, [ws, id]);
  const counts = await pool.query(COUNTS, [ws, id]);
  if (counts.rowCount === 0) throw new Error('surveys-kano: no counts');
}
