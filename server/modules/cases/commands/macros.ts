import { newId } from '../../../platform/ids.js';
import { requireWorkspace, type CommandContext } from '../../identity/index.js';
import type { MacroInput } from '../config-schemas.js';
import { macroNotFound } from '../errors.js';

/** Creates a saved reply (`macroId` null) or changes one; returns it. */
export async function saveMacro(ctx: CommandContext, macroId: string | null, input: MacroInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  const id = macroId ?? newId();
  if (macroId) {
    const updated = await ctx.db
      .updateTable('case_macros')
      .set(input)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', macroId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw macroNotFound();
  } else {
    await ctx.db
      .insertInto('case_macros')
      .values({ workspace_id: workspaceId, id, ...input })
      .execute();
  }
  return { id, ...input };
}

/** Deletes a saved reply. */
export async function removeMacro(ctx: CommandContext, macroId: string) {
  const workspaceId = requireWorkspace(ctx.actor);
  const deleted = await ctx.db
    .deleteFrom('case_macros')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', macroId)
    .executeTakeFirst();
  if (Number(deleted.numDeletedRows) === 0) throw macroNotFound();
}
