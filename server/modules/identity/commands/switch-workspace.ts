import { forbidden } from '../../../platform/errors.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { openSession } from '../sessions.js';

/** Moves a staff member's session to another workspace where the same email is staff. */
export async function switchWorkspace(ctx: CommandContext, targetWorkspaceId: string) {
  const actor = requireUser(ctx.actor);
  const me = await ctx.db.selectFrom('users').select('email').where('workspace_id', '=', actor.workspaceId).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  const target = me.email
    ? await ctx.db.selectFrom('users').select('id').where('workspace_id', '=', targetWorkspaceId)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', me.email!.toLowerCase()))
        .where('role', '<>', 'customer').where('status', '=', 'active').executeTakeFirst()
    : undefined;
  if (!target) throw forbidden('You are not a member of that workspace.');
  const token = await openSession(ctx.db, targetWorkspaceId, target.id, ctx.origin);
  return { workspaceId: targetWorkspaceId, userId: target.id, token };
}
