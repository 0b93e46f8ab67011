import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { surveyClosed, surveyNotFound } from './errors.js';
import { QuestionsSchema, type Question } from './definition.js';
import type { SurveysTable } from './tables.js';

export type SurveyRow = Selectable<SurveysTable>;

export async function findSurvey(
  db: Kysely<Database>,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<SurveyRow> {
  let query = db.selectFrom('surveys').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw surveyNotFound();
  return row;
}

export async function findSurveyBySlug(db: Kysely<Database>, workspaceId: string, slug: string): Promise<SurveyRow> {
  const row = await db
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!row || row.status === 'draft') throw surveyNotFound();
  return row;
}

/** The stored questions; they were validated when saved. */
export const questionsOf = (survey: Pick<SurveyRow, 'questions'>): Question[] =>
  QuestionsSchema.parse(survey.questions);

/** Why a survey takes no answers now, or null when it does. */
export function closedReason(survey: SurveyRow, now = new Date()): string | null {
  if (survey.status !== 'open') return 'The survey is not open.';
  if (survey.opens_at && survey.opens_at > now) return 'The survey has not opened yet.';
  if (survey.closes_at && survey.closes_at <= now) return 'The survey has closed.';
  return null;
}

/**
 * closedReason, and the quota counted exactly: completed_count is kept by a subscriber (so that
 * completing a response never waits on a lock of the survey row) and may lag a moment.
 */
export async function answerableReason(db: Kysely<Database>, survey: SurveyRow): Promise<string | null> {
  const reason = closedReason(survey);
  if (reason || survey.quota === null) return reason;
  const { n } = await db
    .selectFrom('survey_responses')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', survey.workspace_id)
    .where('survey_id', '=', survey.id)
    .where('status', '=', 'completed')
    .executeTakeFirstOrThrow();
  return n >= survey.quota ? 'The survey has all the answers it needs.' : null;
}

export async function assertAnswerable(db: Kysely<Database>, survey: SurveyRow): Promise<void> {
  const reason = await answerableReason(db, survey);
  if (reason) throw surveyClosed(reason);
}

/** Open surveys meant for anyone: not tied to an event, the widget or the feedback button. */
export async function listPublicSurveys(db: Kysely<Database>, workspaceId: string): Promise<SurveyRow[]> {
  return db
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'open')
    .where('trigger_events', '=', sql<string[]>`'{}'`)
    .where('widget_events', '=', sql<string[]>`'{}'`)
    .where('feedback_button', '=', false)
    .orderBy('id', 'desc')
    .limit(50)
    .execute();
}
