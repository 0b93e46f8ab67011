import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/index.js';
import { listStaff } from '../../identity/index.js';
import { decodeCursor, type PageQuery, toPage } from '../../../platform/http/pagination.js';
import { presentSurvey } from '../presenters.js';
import type { SurveyRow } from '../survey-rows.js';

export async function listSurveys(
  db: Kysely<Database>,
  workspaceId: string,
  query: PageQuery & { status?: 'draft' | 'open' | 'closed' | undefined },
) {
  let q = db.selectFrom('surveys').selectAll().where('workspace_id', '=', workspaceId);
  if (query.status) q = q.where('status', '=', query.status);
  const after = decodeCursor(query.cursor, 1);
  if (after) q = q.where('id', '<', after[0] as string);
  const rows = await q
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  return toPage(rows as SurveyRow[], query.limit, (r) => [r.id], presentSurvey);
}

export async function surveySettings(db: Kysely<Database>, workspaceId: string) {
  const row = await db
    .selectFrom('survey_settings')
    .select('contact_cooldown_days')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return { contactCooldownDays: row?.contact_cooldown_days ?? 14 };
}

/** Staff who can be assigned a follow-up. */
export async function assignableStaff(db: Kysely<Database>, workspaceId: string) {
  const staff = await listStaff(db, workspaceId, ['owner', 'admin', 'agent']);
  return staff.map((p) => ({ id: p.id, name: p.displayName }));
}
