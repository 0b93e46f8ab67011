import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../platform/db/index.js';
import { followupNotFound } from '../errors.js';
import { decodeCursor, toPage } from '../../../platform/http/pagination.js';
import { npsCategory } from '../metrics/nps.js';
import { presentFollowup, type FollowupRow } from '../presenters.js';
import type { FollowupQuery } from '../schemas.js';
import { questionsOf } from '../survey-rows.js';

function followupsQuery(db: Kysely<Database>, workspaceId: string) {
  return db
    .selectFrom('survey_followups as f')
    .innerJoin('surveys as s', (j) =>
      j.onRef('s.workspace_id', '=', 'f.workspace_id').onRef('s.id', '=', 'f.survey_id'),
    )
    .innerJoin('survey_responses as r', (j) =>
      j.onRef('r.workspace_id', '=', 'f.workspace_id').onRef('r.id', '=', 'f.response_id'),
    )
    .leftJoin('users as c', (j) => j.onRef('c.workspace_id', '=', 'f.workspace_id').onRef('c.id', '=', 'f.customer_id'))
    .leftJoin('users as a', (j) => j.onRef('a.workspace_id', '=', 'f.workspace_id').onRef('a.id', '=', 'f.assignee_id'))
    .where('f.workspace_id', '=', workspaceId)
    .selectAll('f')
    .select([
      's.title as survey_title',
      's.questions as survey_questions',
      'r.answers as response_answers',
      'c.display_name as customer_name',
      'c.email as customer_email',
      'a.display_name as assignee_name',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof followupsQuery>['execute']>>[number];

/** The customer's own words next to the score: the first open-text answer of the response. */
function withComment(row: Row): FollowupRow {
  const answers = row.response_answers as Record<string, unknown>;
  const text = questionsOf({ questions: row.survey_questions }).find(
    (q) => q.type === 'text' && typeof answers[q.id] === 'string',
  );
  return { ...row, comment: text ? (answers[text.id] as string) : null };
}

export async function listFollowups(
  db: Kysely<Database>,
  workspaceId: string,
  userId: string | null,
  query: FollowupQuery,
) {
  let q = followupsQuery(db, workspaceId);
  if (query.status) q = q.where('f.status', '=', query.status);
  if (query.surveyId) q = q.where('f.survey_id', '=', query.surveyId);
  if (query.assignee === 'me' && userId) q = q.where('f.assignee_id', '=', userId);
  if (query.assignee === 'nobody') q = q.where('f.assignee_id', 'is', null);
  const after = decodeCursor(query.cursor, 2);
  if (after)
    q = q.where(
      sql<boolean>`(f.created_at, f.id) < (${new Date(after[0] as string)}::timestamptz, ${after[1] as string}::uuid)`,
    );
  const rows = await q
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(
    rows,
    query.limit,
    (r) => [r.created_at.toISOString(), r.id],
    (r) => presentFollowup(withComment(r)),
  );
}

export async function getFollowup(db: Kysely<Database>, workspaceId: string, id: string) {
  const row = await followupsQuery(db, workspaceId).where('f.id', '=', id).executeTakeFirst();
  if (!row) throw followupNotFound();
  return presentFollowup(withComment(row));
}

/**
 * Closing the loop in numbers: follow-ups opened and closed, outcomes, and for NPS detractors
 * whose customer answered again, where they moved — the share recovered is those now passive or
 * promoter among all detractors followed up.
 */
export async function recoveryStats(db: Kysely<Database>, workspaceId: string, surveyId?: string) {
  let q = db.selectFrom('survey_followups').where('workspace_id', '=', workspaceId);
  if (surveyId) q = q.where('survey_id', '=', surveyId);
  const rows = await q
    .select(['kind', 'status', 'outcome', 'next_score', sql<number>`count(*)::int`.as('n')])
    .groupBy(['kind', 'status', 'outcome', 'next_score'])
    .execute();
  const stats = {
    open: 0,
    closed: 0,
    outcomes: { contacted: 0, resolved: 0, no_answer: 0 },
    detractors: 0,
    answeredAgain: 0,
    movement: { detractor: 0, passive: 0, promoter: 0 },
    recovered: 0,
    recoveredShare: null as number | null,
  };
  for (const r of rows) {
    stats[r.status] += r.n;
    if (r.outcome) stats.outcomes[r.outcome] += r.n;
    if (r.kind !== 'detractor') continue;
    stats.detractors += r.n;
    if (r.next_score === null) continue;
    stats.answeredAgain += r.n;
    const moved = npsCategory(r.next_score);
    stats.movement[moved] += r.n;
    if (moved !== 'detractor') stats.recovered += r.n;
  }
  stats.recoveredShare = stats.detractors > 0 ? stats.recovered / stats.detractors : null;
  return stats;
}
