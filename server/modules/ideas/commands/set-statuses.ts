import type { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { audit, type CommandContext } from '../../identity/index.js';
import { noOpenStatus, statusInUse, statusKeyTwice } from '../errors.js';
import { announceIdeasConfigured } from '../hot-read-areas.js';
import type { StatusWorkflowSchema } from '../schemas.js';

/**
 * Replaces the workspace's status workflow. A status still used by an idea cannot be dropped;
 * the workflow needs an "open" stage for new ideas.
 */
export async function setStatuses(ctx: CommandContext, input: z.infer<typeof StatusWorkflowSchema>) {
  const ws = ctx.actor.workspaceId!;
  const keys = input.items.map((s) => s.key);
  if (new Set(keys).size !== keys.length) throw statusKeyTwice();
  if (!input.items.some((s) => s.stage === 'open')) throw noOpenStatus();
  await withTransaction(ctx.db, async (tx) => {
    const used = await tx
      .selectFrom('ideas')
      .select('status')
      .distinct()
      .where('workspace_id', '=', ws)
      .where('status', 'not in', keys)
      .execute();
    if (used.length) throw statusInUse(used.map((u) => u.status));
    await tx.deleteFrom('idea_statuses').where('workspace_id', '=', ws).execute();
    await tx
      .insertInto('idea_statuses')
      .values(
        input.items.map((s, i) => ({
          workspace_id: ws,
          key: s.key,
          position: i,
          stage: s.stage,
          names: JSON.stringify(s.names),
        })),
      )
      .execute();
    await announceIdeasConfigured(tx, ws);
    await audit(tx, ctx.actor, ctx.origin, { action: 'ideas.statuses.updated', details: { keys } });
  });
}
