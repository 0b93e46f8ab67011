import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { audit, requireWorkspace, type CommandContext } from '../../identity/index.js';

/** Sets the workspace's contact budget: at most one survey per this many days per person. */
export async function updateSurveySettings(ctx: CommandContext, input: { contactCooldownDays: number }) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    await tx
      .insertInto('survey_settings')
      .values({ workspace_id: workspaceId, contact_cooldown_days: input.contactCooldownDays })
      .onConflict((oc) =>
        oc
          .column('workspace_id')
          .doUpdateSet({ contact_cooldown_days: input.contactCooldownDays, updated_at: sql<Date>`now()` }),
      )
      .execute();
    await audit(tx, ctx.actor, ctx.origin, { action: 'survey.settings_updated', details: input });
    return input;
  });
}
