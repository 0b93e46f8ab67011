import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { closeAllSessions } from '../sessions.js';

/** Ends this session, or (everywhere) every session of the person. */
export async function signOut(ctx: CommandContext, everywhere: boolean): Promise<void> {
  if (ctx.actor.kind !== 'user') return;
  const actor = requireUser(ctx.actor);
  if (everywhere) {
    await closeAllSessions(ctx.db, actor.workspaceId, actor.userId);
    return;
  }
  await ctx.db
    .deleteFrom('sessions')
    .where('workspace_id', '=', actor.workspaceId)
    .where('token_hash', '=', actor.sessionHash)
    .execute();
}
