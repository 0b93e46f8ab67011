import { withTransaction } from '../../../platform/db/index.js';
import { audit, requireWorkspace, type CommandContext } from '../../identity/index.js';
import type { SettingsInput } from '../config-schemas.js';
import { notATeam } from '../errors.js';
import type { CaseSettings } from '../settings.js';

/**
 * Saves the workspace's case settings (remedy menu, recourse text, reopen period, warranty terms)
 * and returns them as saved, so the caller need not read them back.
 */
export async function saveSettings(ctx: CommandContext, input: SettingsInput): Promise<CaseSettings> {
  const workspaceId = requireWorkspace(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    if (input.defaultTeamId) {
      const team = await tx
        .selectFrom('case_teams')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.defaultTeamId)
        .executeTakeFirst();
      if (!team) throw notATeam('body.defaultTeamId');
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
  return {
    remedyMenu: input.remedyMenu,
    externalRecourse: input.externalRecourse,
    reopenDays: input.reopenDays,
    warnMinutes: input.warnMinutes,
    defaultTeamId: input.defaultTeamId,
    defaultWarrantyMonths: input.defaultWarrantyMonths,
    warrantyTerms: input.warrantyTerms,
  };
}
