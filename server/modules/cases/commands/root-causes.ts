import { withTransaction } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';
import { audit, requireWorkspace, type CommandContext } from '../../identity/index.js';
import type { RootCauseInput } from '../config-schemas.js';
import { notARootCause, rootCauseInUse, rootCauseNotFound } from '../errors.js';

/** Adds a root cause to the taxonomy, under a parent cause or at the top; returns its id. */
export async function addRootCause(ctx: CommandContext, input: RootCauseInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    if (input.parentId) {
      const parent = await tx
        .selectFrom('case_root_causes')
        .select('id')
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', input.parentId)
        .executeTakeFirst();
      if (!parent) throw notARootCause('body.parentId');
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
    if (used) throw rootCauseInUse();
    const deleted = await tx
      .deleteFrom('case_root_causes')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw rootCauseNotFound();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'cases.root_cause.removed',
      targetType: 'case_root_cause',
      targetId: id,
    });
  });
}
