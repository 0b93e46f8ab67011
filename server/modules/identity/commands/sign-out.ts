import { withTransaction } from '../../../platform/db/index.js';
import { forgetSession } from '../actor-cache.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { closeAllSessions } from '../sessions.js';

/** Ends this session, or (everywhere) every session of the person, in every process at once. */
export async function signOut(ctx: CommandContext, everywhere: boolean): Promise<void> {
  if (ctx.actor.kind !== 'user') return;
  const actor = requireUser(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    if (everywhere) {
      await closeAllSessions(tx, actor.workspaceId, actor.userId);
      return;
    }
    await tx
      .deleteFrom('sessions')
      .where('workspace_id', '=', actor.workspaceId)
      .where('token_hash', '=', actor.sessionHash)
      .execute();
    await forgetSession(tx, actor.workspaceId, actor.sessionHash);
  });
}
