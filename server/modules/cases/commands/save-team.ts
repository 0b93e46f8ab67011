import { withTransaction } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';
import { audit, findPeople, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { CASE_WORKERS } from '../assignment.js';
import type { TeamInput } from '../config-schemas.js';
import { notAllAgents, teamNotFound } from '../errors.js';

/** Creates a team (`teamId` null) or replaces a team's name, assignment rule and members; returns the team. */
export async function saveTeam(ctx: CommandContext, teamId: string | null, input: TeamInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const ids = [...new Set(input.memberIds)];
    if (ids.length > 0) {
      const staff = await findPeople(tx, workspaceId, { ids, roles: CASE_WORKERS });
      if (staff.length !== ids.length) throw notAllAgents();
    }
    const id = teamId ?? newId();
    if (teamId) {
      const updated = await tx
        .updateTable('case_teams')
        .set({ name: input.name, assignment: input.assignment })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', teamId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw teamNotFound();
      await tx
        .deleteFrom('case_team_members')
        .where('workspace_id', '=', workspaceId)
        .where('team_id', '=', teamId)
        .execute();
    } else {
      await tx
        .insertInto('case_teams')
        .values({ workspace_id: workspaceId, id, name: input.name, assignment: input.assignment })
        .execute();
    }
    if (ids.length > 0)
      await tx
        .insertInto('case_team_members')
        .values(ids.map((u) => ({ workspace_id: workspaceId, team_id: id, user_id: u })))
        .execute();
    await audit(tx, ctx.actor, ctx.origin, {
      action: teamId ? 'cases.team.updated' : 'cases.team.created',
      targetType: 'case_team',
      targetId: id,
    });
    return { id, name: input.name, assignment: input.assignment, memberIds: ids };
  });
}
