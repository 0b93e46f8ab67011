import { withTransaction } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import type { CreateWorkspaceInput } from '../schemas.js';
import { insertWorkspace } from './insert-workspace.js';

/** An owner creates another brand's workspace and becomes its owner with the same sign-in. */
export async function createWorkspace(ctx: CommandContext, input: CreateWorkspaceInput) {
  const actor = requireUser(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    const me = await tx.selectFrom('users').selectAll().where('workspace_id', '=', actor.workspaceId).where('id', '=', actor.userId).executeTakeFirst();
    if (!me?.email || !me.password_hash) throw notFound('Your account');
    const { workspaceId } = await insertWorkspace(
      tx,
      input,
      { email: me.email, passwordHash: me.password_hash, displayName: me.display_name, locale: me.locale },
      actor.userId,
    );
    await audit(tx, actor, ctx.origin, { action: 'workspace.created', targetType: 'workspace', targetId: workspaceId, details: { slug: input.slug } });
    return { workspaceId };
  });
}
