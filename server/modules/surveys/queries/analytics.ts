import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database } from '../../../platform/db/index.js';
import { unknownQuestionParam } from '../errors.js';
import type { AnalyticsFilter } from '../analytics-schemas.js';
import type { Question } from '../definition.js';
import { MATZLER_MARGIN_POINTS } from '../metrics/kano.js';
import { compareNps } from '../metrics/nps.js';
import { findSurvey, questionsOf } from '../survey-rows.js';
import { headlineOf, metricOf } from './question-metric.js';

type CountsQuery = SelectQueryBuilder<Database, 'survey_counts', object>;

const byDimension = (f: AnalyticsFilter) =>
  !!f.channel || f.touchpoint !== undefined || !!f.locale || f.segment !== undefined;

/**
 * The counts a filter needs: by day only (survey_daily_counts, a few rows a day) unless it
 * filters on a dimension, which needs survey_counts. Both tables have the same columns used here.
 */
function filtered(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter,
  detailed = byDimension(f),
): CountsQuery {
  const table = detailed ? 'survey_counts' : 'survey_daily_counts';
  let q = db
    .selectFrom(table as 'survey_counts')
    .where('workspace_id', '=', workspaceId)
    .where('survey_id', '=', surveyId) as CountsQuery;
  if (f.from) q = q.where('day', '>=', f.from);
  if (f.to) q = q.where('day', '<=', f.to);
  if (f.channel) q = q.where('channel', '=', f.channel);
  if (f.touchpoint !== undefined) q = q.where('touchpoint', '=', f.touchpoint);
  if (f.locale) q = q.where('locale', '=', f.locale);
  if (f.segment !== undefined) q = q.where('segment', '=', f.segment);
  return q;
}

async function countsByQuestion(db: Kysely<Database>, workspaceId: string, surveyId: string, f: AnalyticsFilter) {
  const allTime = !f.from && !f.to && !byDimension(f);
  const rows = allTime
    ? await db
        .selectFrom('survey_totals')
        .select(['question_id', 'value', 'n'])
        .where('workspace_id', '=', workspaceId)
        .where('survey_id', '=', surveyId)
        .execute()
    : await filtered(db, workspaceId, surveyId, f)
        .select(['question_id', 'value', sql<string>`sum(n)`.as('n')])
        .groupBy(['question_id', 'value'])
        .execute();
  const byQuestion = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const m = byQuestion.get(r.question_id) ?? new Map<number, number>();
    m.set(r.value, Number(r.n));
    byQuestion.set(r.question_id, m);
  }
  return byQuestion;
}

/** Responses per filter: the completed count, or (with filters) the most answered question's count. */
function respondents(questions: Question[], counts: Map<string, Map<number, number>>): number {
  let best = 0;
  for (const q of questions) {
    if (q.type === 'multiple' || q.type === 'text') continue;
    const total = [...(counts.get(q.id)?.values() ?? [])].reduce((a, b) => a + b, 0);
    best = Math.max(best, total);
  }
  return best;
}

/** Every question's metric over a period and filter, from the rollups; NPS compared with a previous period. */
export async function surveySummary(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter & { compareFrom?: string | undefined; compareTo?: string | undefined },
) {
  const survey = await findSurvey(db, workspaceId, surveyId);
  const questions = questionsOf(survey);
  const counts = await countsByQuestion(db, workspaceId, surveyId, f);
  const previous =
    f.compareFrom || f.compareTo
      ? await countsByQuestion(db, workspaceId, surveyId, { ...f, from: f.compareFrom, to: f.compareTo })
      : null;
  const unfiltered =
    !f.from && !f.to && !f.channel && f.touchpoint === undefined && !f.locale && f.segment === undefined;
  const responses = unfiltered ? survey.completed_count : respondents(questions, counts);
  return {
    responses,
    questions: questions.map((q) => {
      const metric = metricOf(q, counts.get(q.id) ?? new Map(), responses);
      if (previous && metric.nps) {
        const before = metricOf(q, previous.get(q.id) ?? new Map(), 0).nps!;
        return { ...metric, npsChange: compareNps(before, metric.nps) };
      }
      return metric;
    }),
  };
}

function questionOf(questions: Question[], id: string): Question {
  const q = questions.find((x) => x.id === id);
  if (!q) throw unknownQuestionParam();
  return q;
}

/** One question's headline number per day, week or month. */
export async function surveyTrend(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter & { unit: 'day' | 'week' | 'month'; questionId: string },
) {
  const q = questionOf(questionsOf(await findSurvey(db, workspaceId, surveyId)), f.questionId);
  const period = sql<string>`to_char(date_trunc(${f.unit}, day::timestamp), 'YYYY-MM-DD')`;
  const rows = await filtered(db, workspaceId, surveyId, f)
    .where('question_id', '=', q.id)
    .select([period.as('period'), 'value', sql<string>`sum(n)`.as('n')])
    .groupBy([sql`1`, 'value'])
    .orderBy(sql`1`)
    .execute();
  const buckets = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const m = buckets.get(r.period) ?? new Map<number, number>();
    m.set(r.value, Number(r.n));
    buckets.set(r.period, m);
  }
  return {
    questionId: q.id,
    type: q.type,
    unit: f.unit,
    points: [...buckets].map(([p, m]) => ({ period: p, ...headlineOf(metricOf(q, m, 0)) })),
  };
}

/** One question's headline number by channel, touchpoint, language or segment. */
export async function surveyBreakdown(
  db: Kysely<Database>,
  workspaceId: string,
  surveyId: string,
  f: AnalyticsFilter & { by: 'channel' | 'touchpoint' | 'locale' | 'segment'; questionId: string },
) {
  const q = questionOf(questionsOf(await findSurvey(db, workspaceId, surveyId)), f.questionId);
  const rows = await filtered(db, workspaceId, surveyId, f, true)
    .where('question_id', '=', q.id)
    .select([sql<string>`${sql.ref(f.by)}`.as('key'), 'value', sql<string>`sum(n)`.as('n')])
    .groupBy([sql`1`, 'value'])
    .execute();
  const groups = new Map<string, Map<number, number>>();
  for (const r of rows) {
    const m = groups.get(r.key) ?? new Map<number, number>();
    m.set(r.value, Number(r.n));
    groups.set(r.key, m);
  }
  return {
    questionId: q.id,
    by: f.by,
    groups: [...groups].map(([key, m]) => ({ key, ...headlineOf(metricOf(q, m, 0)) })).sort((a, b) => b.n - a.n),
  };
}

/** The KANO analysis of every feature of a survey. */
export async function kanoReport(db: Kysely<Database>, workspaceId: string, surveyId: string, f: AnalyticsFilter) {
  const questions = questionsOf(await findSurvey(db, workspaceId, surveyId)).filter((q) => q.type === 'kano');
  const counts = await countsByQuestion(db, workspaceId, surveyId, f);
  return {
    matzlerMarginPoints: MATZLER_MARGIN_POINTS,
    features: questions.map((q) => ({
      questionId: q.id,
      feature: q.title,
      ideaId: q.kano?.ideaId ?? null,
      result: metricOf(q, counts.get(q.id) ?? new Map(), 0).kano!,
    })),
  };
}
