import { notATeam, notAnAgent } from './errors.js';
import { sql } from 'kysely';
import type { Tx } from '../../platform/db/index.js';
import { findPeople, findPerson, type StaffRole } from '../identity/index.js';

/** The roles that work cases. */
export const CASE_WORKERS: readonly StaffRole[] = ['owner', 'admin', 'agent'];

/**
 * The agent a team's rule picks: round-robin takes the member after the last one assigned
 * (by id, wrapping around); least-loaded takes the member with the fewest open cases (ties by
 * id). Manual teams pick nobody. The team row is locked so two filings do not pick the same turn.
 */
export async function pickAgent(tx: Tx, workspaceId: string, teamId: string): Promise<string | null> {
  const team = await tx
    .selectFrom('case_teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .forUpdate()
    .executeTakeFirst();
  if (!team) throw notATeam('body.teamId');
  if (team.assignment === 'manual') return null;
  const listed = await tx
    .selectFrom('case_team_members')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('team_id', '=', teamId)
    .orderBy('user_id')
    .execute();
  // Members who were disabled or stopped working cases since they joined the team are passed over.
  const working = new Set(
    (
      await findPeople(tx, workspaceId, { ids: listed.map((m) => m.user_id), roles: CASE_WORKERS, activeOnly: true })
    ).map((p) => p.id),
  );
  const members = listed.filter((m) => working.has(m.user_id));
  if (members.length === 0) return null;
  let chosen: string;
  if (team.assignment === 'round_robin') {
    const after = members.find((m) => team.last_assigned_user_id !== null && m.user_id > team.last_assigned_user_id);
    chosen = (after ?? members[0]!).user_id;
  } else {
    const loads = await tx
      .selectFrom('cases')
      .select(['assignee_id', sql<number>`count(*)::int`.as('n')])
      .where('workspace_id', '=', workspaceId)
      .where(
        'assignee_id',
        'in',
        members.map((m) => m.user_id),
      )
      .where('status', 'not in', ['resolved', 'merged'])
      .groupBy('assignee_id')
      .execute();
    const load = new Map(loads.map((l) => [l.assignee_id, l.n]));
    chosen = members.reduce(
      (best, m) => ((load.get(m.user_id) ?? 0) < (load.get(best) ?? 0) ? m.user_id : best),
      members[0]!.user_id,
    );
  }
  await tx
    .updateTable('case_teams')
    .set({ last_assigned_user_id: chosen })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', teamId)
    .execute();
  return chosen;
}

/** Checks that a person may be assigned cases: staff of this workspace who work cases. */
export async function assertAssignable(tx: Tx, workspaceId: string, userId: string): Promise<void> {
  const user = await findPerson(tx, workspaceId, userId);
  if (!user || user.status !== 'active' || !(CASE_WORKERS as readonly string[]).includes(user.role)) throw notAnAgent();
}
