import { withTransaction } from '../../../platform/db/index.js';
import { audit, requireWorkspace, type CommandContext } from '../../identity/index.js';
import type { SlaPolicy, SlaPoliciesInput } from '../config-schemas.js';
import { duplicatePolicies } from '../errors.js';
import { sortSlaPolicies } from '../presenters.js';

/**
 * Replaces the workspace's SLA policies (targets in working minutes per priority and case type)
 * and returns them in the order the settings screen lists them.
 */
export async function savePolicies(ctx: CommandContext, input: SlaPoliciesInput): Promise<SlaPolicy[]> {
  const workspaceId = requireWorkspace(ctx.actor);
  const keys = new Set(input.items.map((p) => `${p.priority}/${p.caseType}`));
  if (keys.size !== input.items.length) throw duplicatePolicies();
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
  return sortSlaPolicies(input.items);
}
