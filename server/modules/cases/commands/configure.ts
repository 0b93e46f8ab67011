import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import { newId } from '../../../platform/ids.js';
import { audit, findPeople, requireWorkspace, type CommandContext } from '../../identity/index.js';
import { CASE_WORKERS } from '../assignment.js';
import type {
  CalendarSchema,
  MacroInputSchema,
  PoliciesSchema,
  RootCauseInputSchema,
  SettingsInput,
  TeamInputSchema,
} from '../config-schemas.js';

/** Saves the workspace's case settings (remedy menu, recourse text, reopen period, warranty terms). */
export async function saveSettings(ctx: CommandContext, input: SettingsInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    if (input.defaultTeamId) {
      const team = await tx
        .selectFrom('case_teams')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.defaultTeamId)
        .executeTakeFirst();
      if (!team) throw invalid('body.defaultTeamId', 'is not a team of this workspace');
    }
    const values = {
      remedy_menu: JSON.stringify(input.remedyMenu),
      external_recourse: input.externalRecourse,
      reopen_days: input.reopenDays,
      warn_minutes: input.warnMinutes,
      default_team_id: input.defaultTeamId,
      default_warranty_months: input.defaultWarrantyMonths,
      warranty_terms: JSON.stringify(input.warrantyTerms),
      updated_at: new Date(),
    };
    await tx
      .insertInto('case_settings')
      .values({ workspace_id: workspaceId, ...values })
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
      .execute();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'cases.settings.updated',
      targetType: 'case_settings',
      targetId: workspaceId,
    });
  });
}

export async function savePolicies(ctx: CommandContext, input: z.infer<typeof PoliciesSchema>) {
  const workspaceId = requireWorkspace(ctx.actor);
  const keys = new Set(input.items.map((p) => `${p.priority}/${p.caseType}`));
  if (keys.size !== input.items.length)
    throw invalid('body.items', 'has two policies for the same priority and case type');
  await withTransaction(ctx.db, async (tx) => {
    await tx.deleteFrom('case_sla_policies').where('workspace_id', '=', workspaceId).execute();
    if (input.items.length > 0) {
      await tx
        .insertInto('case_sla_policies')
        .values(
          input.items.map((p) => ({
            workspace_id: workspaceId,
            priority: p.priority,
            case_type: p.caseType,
            first_response_minutes: p.firstResponseMinutes,
            next_response_minutes: p.nextResponseMinutes,
            resolution_minutes: p.resolutionMinutes,
          })),
        )
        .execute();
    }
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'cases.sla_policies.updated',
      details: { count: input.items.length },
    });
  });
}

/** Replaces the holidays and make-up working days (deadlines already set are not moved). */
export async function saveCalendar(ctx: CommandContext, input: z.infer<typeof CalendarSchema>) {
  const workspaceId = requireWorkspace(ctx.actor);
  if (new Set(input.items.map((d) => d.day)).size !== input.items.length)
    throw invalid('body.items', 'names a day twice');
  await withTransaction(ctx.db, async (tx) => {
    await tx.deleteFrom('case_calendar_days').where('workspace_id', '=', workspaceId).execute();
    if (input.items.length > 0)
      await tx
        .insertInto('case_calendar_days')
        .values(input.items.map((d) => ({ workspace_id: workspaceId, day: d.day, kind: d.kind, name: d.name })))
        .execute();
    await audit(tx, ctx.actor, ctx.origin, { action: 'cases.calendar.updated', details: { days: input.items.length } });
  });
}

export async function saveTeam(ctx: CommandContext, teamId: string | null, input: z.infer<typeof TeamInputSchema>) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const ids = [...new Set(input.memberIds)];
    if (ids.length > 0) {
      const staff = await findPeople(tx, workspaceId, { ids, roles: CASE_WORKERS });
      if (staff.length !== ids.length)
        throw invalid('body.memberIds', 'contains someone who is not an agent of this workspace');
    }
    const id = teamId ?? newId();
    if (teamId) {
      const updated = await tx
        .updateTable('case_teams')
        .set({ name: input.name, assignment: input.assignment })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', teamId)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) === 0) throw notFound('The team');
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

export async function addRootCause(ctx: CommandContext, input: z.infer<typeof RootCauseInputSchema>) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    if (input.parentId) {
      const parent = await tx
        .selectFrom('case_root_causes')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.parentId)
        .executeTakeFirst();
      if (!parent) throw invalid('body.parentId', 'is not a root cause of this workspace');
    }
    const id = newId();
    await tx
      .insertInto('case_root_causes')
      .values({ workspace_id: workspaceId, id, parent_id: input.parentId, name: input.name })
      .execute();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'cases.root_cause.added',
      targetType: 'case_root_cause',
      targetId: id,
      details: { name: input.name },
    });
    return id;
  });
}

/** Removes a root cause that no case and no child cause uses. */
export async function removeRootCause(ctx: CommandContext, id: string) {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    const used =
      (await tx
        .selectFrom('cases')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('root_cause_id', '=', id)
        .limit(1)
        .executeTakeFirst()) ??
      (await tx
        .selectFrom('case_root_causes')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('parent_id', '=', id)
        .limit(1)
        .executeTakeFirst());
    if (used) throw conflict('root_cause_in_use', 'Cases or other causes use this root cause.');
    const deleted = await tx
      .deleteFrom('case_root_causes')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('The root cause');
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'cases.root_cause.removed',
      targetType: 'case_root_cause',
      targetId: id,
    });
  });
}

export async function saveMacro(ctx: CommandContext, macroId: string | null, input: z.infer<typeof MacroInputSchema>) {
  const workspaceId = requireWorkspace(ctx.actor);
  const id = macroId ?? newId();
  if (macroId) {
    const updated = await ctx.db
      .updateTable('case_macros')
      .set(input)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', macroId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw notFound('The macro');
  } else {
    await ctx.db
      .insertInto('case_macros')
      .values({ workspace_id: workspaceId, id, ...input })
      .execute();
  }
  return { id, ...input };
}

export async function removeMacro(ctx: CommandContext, macroId: string) {
  const workspaceId = requireWorkspace(ctx.actor);
  const deleted = await ctx.db
    .deleteFrom('case_macros')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', macroId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw notFound('The macro');
}
