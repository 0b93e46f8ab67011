import { sql, type Kysely } from 'kysely';
import { stringify } from 'csv-stringify/sync';
import type { Database } from '../../../platform/db/index.js';
import { workspaceClock } from '../../identity/index.js';
import { decodeCursor, toPage } from '../../../platform/http/pagination.js';
import { extractKeywords, matchesSearch } from '../../../platform/text/index.js';
import type { AnalyticsFilter, ResponsesQuery } from '../analytics-schemas.js';
import type { KanoValue, Question } from '../definition.js';
import { classifyKano, type KanoAnswer } from '../metrics/kano.js';
import { findSurvey, questionsOf } from '../survey-rows.js';

function responsesQuery(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter & { q?: string | undefined },
) {
  let query = db
    .selectFrom('survey_responses as r')
    .leftJoin('users as u', (j) => j.onRef('u.workspace_id', '=', 'r.workspace_id').onRef('u.id', '=', 'r.customer_id'))
    .where('r.workspace_id', '=', workspaceId)
    .where('r.survey_id', '=', surveyId)
    .where('r.status', '=', 'completed');
  // Days are the workspace's; responses are filtered on the same calendar as the rollups.
  const day = sql<string>`(r.completed_at at time zone (select time_zone from workspaces where id = ${workspaceId}))::date`;
  if (f.from) query = query.where(day, '>=', sql<string>`${f.from}::date`);
  if (f.to) query = query.where(day, '<=', sql<string>`${f.to}::date`);
  if (f.channel) query = query.where('r.channel', '=', f.channel);
  if (f.touchpoint) query = query.where('r.touchpoint', '=', f.touchpoint);
  if (f.locale) query = query.where('r.locale', '=', f.locale);
  if (f.segment) query = query.where('r.segment', '=', f.segment);
  if (f.q) query = query.where(matchesSearch('r.search_tokens', f.q));
  return query.select([
    'r.id',
    'r.customer_id',
    'u.display_name',
    'u.email',
    'r.channel',
    'r.touchpoint',
    'r.locale',
    'r.segment',
    'r.entity_type',
    'r.entity_id',
    'r.answers',
    'r.completed_at',
  ]);
}

type ResponseRow = Awaited<ReturnType<ReturnType<typeof responsesQuery>['execute']>>[number];

const present = (r: ResponseRow) => ({
  id: r.id,
  customer: r.customer_id ? { id: r.customer_id, name: r.display_name ?? '', email: r.email } : null,
  channel: r.channel,
  touchpoint: r.touchpoint,
  locale: r.locale,
  segment: r.segment,
  entityType: r.entity_type,
  entityId: r.entity_id,
  answers: r.answers,
  completedAt: r.completed_at!.toISOString(),
});

/** Completed responses, newest first; `q` drills down to answers mentioning a term. */
export async function listResponses(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  query: ResponsesQuery,
) {
  await findSurvey(db, workspaceId, surveyId);
  const after = decodeCursor(query.cursor, 2);
  let q = responsesQuery(db, workspaceId, surveyId, query);
  if (after)
    q = q.where(
      sql<boolean>`(r.completed_at, r.id) < (${new Date(after[0] as string)}::timestamptz, ${after[1] as string}::uuid)`,
    );
  const rows = await q
    .orderBy('r.completed_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows, query.limit, (r) => [r.completed_at!.toISOString(), r.id], present);
}

function cell(q: Question, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (q.type === 'kano') {
    const v = value as KanoValue;
    return `${v.functional}/${v.dysfunctional} ${classifyKano(v.functional as KanoAnswer, v.dysfunctional as KanoAnswer)}`;
  }
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** Every completed response matching the filter as CSV, one column per question. */
export async function exportResponsesCsv(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter,
) {
  const survey = await findSurvey(db, workspaceId, surveyId);
  const questions = questionsOf(survey);
  const rows = await responsesQuery(db, workspaceId, surveyId, f).orderBy('r.completed_at').execute();
  const header = [
    'response_id',
    'completed_at',
    'channel',
    'touchpoint',
    'locale',
    'segment',
    'customer_id',
    'customer_email',
    'entity_type',
    'entity_id',
    ...questions.map((q) => q.id),
  ];
  const body = rows.map((r) => [
    r.id,
    r.completed_at!.toISOString(),
    r.channel,
    r.touchpoint ?? '',
    r.locale,
    r.segment ?? '',
    r.customer_id ?? '',
    r.email ?? '',
    r.entity_type ?? '',
    r.entity_id ?? '',
    ...questions.map((q) => cell(q, (r.answers as Record<string, unknown>)[q.id])),
  ]);
  // The BOM lets spreadsheet programs read the Chinese text as UTF-8.
  return { filename: `${survey.slug}-responses.csv`, csv: '\ufeff' + stringify([header, ...body]) };
}

const TEXT_SAMPLE = 5000;

/** Keywords and phrases of one open-text question, overall, by period and by segment (the latest 5,000 answers). */
export async function textReport(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter & { questionId: string; unit: 'day' | 'week' | 'month' },
) {
  const survey = await findSurvey(db, workspaceId, surveyId);
  const question = questionsOf(survey).find((q) => q.id === f.questionId && q.type === 'text');
  if (!question) return { questionId: f.questionId, answers: 0, keywords: [], periods: [], segments: [] };
  const tz = (await workspaceClock(db, workspaceId)).timeZone;
  const rows = await responsesQuery(db, workspaceId, surveyId, f)
    .orderBy('r.completed_at', 'desc')
    .limit(TEXT_SAMPLE)
    .execute();
  const texts = rows
    .map((r) => ({ text: (r.answers as Record<string, unknown>)[question.id], r }))
    .filter((x): x is { text: string; r: ResponseRow } => typeof x.text === 'string');
  const keywords = (list: string[]) =>
    extractKeywords(list, { limit: 15 }).map((k) => ({ term: k.term, count: k.documents }));
  const group = (keyOf: (r: ResponseRow) => string) => {
    const groups = new Map<string, string[]>();
    for (const t of texts) groups.set(keyOf(t.r), [...(groups.get(keyOf(t.r)) ?? []), t.text]);
    return groups;
  };
  const periodOf = (r: ResponseRow) => {
    const local = new Date(r.completed_at!.toLocaleString('en-US', { timeZone: tz }));
    if (f.unit === 'month') local.setDate(1);
    if (f.unit === 'week') local.setDate(local.getDate() - ((local.getDay() + 6) % 7));
    return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  };
  return {
    questionId: question.id,
    answers: texts.length,
    keywords: keywords(texts.map((t) => t.text)),
    periods: [...group(periodOf)]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, list]) => ({ period, answers: list.length, keywords: keywords(list).slice(0, 5) })),
    segments: [...group((r) => r.segment ?? '')].map(([segment, list]) => ({
      segment,
      answers: list.length,
      keywords: keywords(list).slice(0, 5),
    })),
  };
}
