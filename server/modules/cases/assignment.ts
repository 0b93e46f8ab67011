import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { invalid } from '../../platform/errors.js';

/**
 * The agent a team's rule picks: round-robin takes the member after the last one assigned
 * (by id, wrapping around); least-loaded takes the member with the fewest open cases (ties by
 * id). Manual teams pick nobody. The team row is locked so two filings do not pick the same turn.
 */
export async function pickAgent(tx: Tx, workspaceId: string, teamId: string): Promise<string | null> {
  const team = await tx.selectFrom('case_teams').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', teamId).forUpdate().executeTakeFirst();
  if (!team) throw invalid('body.teamId', 'is not a team of this workspace');
  if (team.assignment === 'manual') return null;
  const members = await tx.selectFrom('case_team_members').innerJoin('users', (j) => j.onRef('users.workspace_id', '=', 'case_team_members.workspace_id').onRef('users.id', '=', 'case_team_members.user_id'))
    .select('case_team_members.user_id').where('case_team_members.workspace_id', '=', workspaceId).where('case_team_members.team_id', '=', teamId)
    .where('users.status', '=', 'active').where('users.role', 'in', ['owner', 'admin', 'agent']).orderBy('case_team_members.user_id').execute();
  if (members.length === 0) return null;
  let chosen: string;
  if (team.assignment === 'round_robin') {
    const after = members.find((m) => team.last_assigned_user_id !== null && m.user_id > team.last_assigned_user_id);
    chosen = (after ?? members[0]!).user_id;
  } else {
    const loads = await tx.selectFrom('cases').select(['assignee_id', sql<number>`count(*)::int`.as('n')]).where('workspace_id', '=', workspaceId)
      .where('assignee_id', 'in', members.map((m) => m.user_id)).where('status', 'not in', ['resolved', 'merged']).groupBy('assignee_id').execute();
    const load = new Map(loads.map((l) => [l.assignee_id, l.n]));
    chosen = members.reduce((best, m) => ((load.get(m.user_id) ?? 0) < (load.get(best) ?? 0) ? m.user_id : best), members[0]!.user_id);
  }
  await tx.updateTable('case_teams').set({ last_assigned_user_id: chosen }).where('workspace_id', '=', workspaceId).where('id', '=', teamId).execute();
  return chosen;
}

/** Checks that a person may be assigned cases: staff of this workspace who work cases. */
export async function assertAssignable(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  const user = await tx.selectFrom('users').select('role').where('workspace_id', '=', workspaceId).where('id', '=', userId).where('status', '=', 'active').executeTakeFirst();
  if (!user || !['owner', 'admin', 'agent'].includes(user.role)) throw invalid('body.assigneeId', 'is not an agent of this workspace');
}
