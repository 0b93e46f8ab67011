import type { Db } from '../../platform/db/index.js';
import { presentCalendarDay, presentRootCauses, presentSlaPolicy, presentTeams } from './presenters.js';

// Reads for the case settings screens (the settings themselves: settings.ts).

/** The workspace's SLA policies, by priority and case type. */
export async function listSlaPolicies(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('case_sla_policies')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('priority')
    .orderBy('case_type')
    .execute();
  return rows.map(presentSlaPolicy);
}

/** The workspace's holidays and make-up working days, by day. */
export async function listCalendarDays(db: Db, workspaceId: string) {
  const rows = await db
    .selectFrom('case_calendar_days')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('day')
    .execute();
  return rows.map(presentCalendarDay);
}

/** The workspace's teams by name, each with its members' ids. */
export async function listTeams(db: Db, workspaceId: string) {
  const [teams, members] = await Promise.all([
    db.selectFrom('case_teams').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute(),
    db.selectFrom('case_team_members').selectAll().where('workspace_id', '=', workspaceId).execute(),
  ]);
  return presentTeams(teams, members);
}

/** The root-cause taxonomy, each cause with its path. */
export async function listRootCauses(db: Db, workspaceId: string) {
  const rows = await db.selectFrom('case_root_causes').selectAll().where('workspace_id', '=', workspaceId).execute();
  return presentRootCauses(rows);
}

/** The workspace's saved replies, by name. */
export async function listMacros(db: Db, workspaceId: string) {
  return db
    .selectFrom('case_macros')
    .select(['id', 'name', 'body', 'internal'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .execute();
}
