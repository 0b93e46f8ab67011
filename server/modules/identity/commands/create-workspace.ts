import { withTransaction } from '../../../platform/db/index.js';
import { accountNotFound, onlyOwnersCreateWorkspaces } from '../errors.js';
import { linkAccounts } from '../account-links.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import type { CreateWorkspaceInput } from '../schemas.js';
import { insertWorkspace } from './insert-workspace.js';

/**
 * An owner creates another brand's workspace and becomes its owner with the same sign-in; the
 * two owner accounts are linked, which is what lets the switcher move between them.
 */
export async function createWorkspace(ctx: CommandContext, input: CreateWorkspaceInput) {
  const actor = requireUser(ctx.actor);
  if (actor.role !== 'owner') throw onlyOwnersCreateWorkspaces();
  return withTransaction(ctx.db, async (tx) => {
    const me = await tx
      .selectFrom('users')
      .selectAll()
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.userId)
      .executeTakeFirst();
    if (!me?.email || !me.password_hash) throw accountNotFound();
    const { workspaceId, ownerId } = await insertWorkspace(
      tx,
      input,
      { email: me.email, passwordHash: me.password_hash, displayName: me.display_name, locale: me.locale },
      actor.userId,
    );
    await linkAccounts(tx, actor, { workspaceId, userId: ownerId }, 'workspace_created');
    await audit(tx, actor, ctx.origin, {
      action: 'workspace.created',
      targetType: 'workspace',
      targetId: workspaceId,
      details: { slug: input.slug },
    });
    return { workspaceId };
  });
}
