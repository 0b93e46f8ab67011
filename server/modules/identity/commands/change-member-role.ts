import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { lastOwner, memberNotFound, onlyOwnersChangeOwners } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { mayAssignRole, requireWorkspace } from '../policies.js';
import type { Role } from '../tables.js';
import { closeAllSessions } from '../sessions.js';
import { forgetUser } from '../actor-cache.js';

/** Changes a person's role, or disables them (remove). The last owner cannot be demoted or removed. */
export async function changeMemberRole(ctx: CommandContext, userId: string, change: { role: Role } | { remove: true }) {
  const workspaceId = requireWorkspace(ctx.actor);
  const actorRole: Role = ctx.actor.kind === 'user' ? ctx.actor.role : 'admin';
  return withTransaction(ctx.db, async (tx) => {
    const target = await tx
      .selectFrom('users')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirst();
    if (!target || target.status === 'disabled') throw memberNotFound();
    const to: Role = 'role' in change ? change.role : target.role;
    if (!mayAssignRole(actorRole, target.role, to)) throw onlyOwnersChangeOwners();
    if (target.role === 'owner' && ('remove' in change || to !== 'owner')) {
      const owners = await tx
        .selectFrom('users')
        .select(sql<number>`count(*)::int`.as('n'))
        .where('workspace_id', '=', workspaceId)
        .where('role', '=', 'owner')
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      if (owners.n <= 1) throw lastOwner();
    }
    const actorId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
    if ('remove' in change) {
      await tx
        .updateTable('users')
        .set({ status: 'disabled', updated_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', userId)
        .execute();
      await closeAllSessions(tx, workspaceId, userId);
      await record(tx, { name: IdentityEvents.memberRemoved, workspaceId, actorId, payload: { userId } });
      await audit(tx, ctx.actor, ctx.origin, {
        action: 'member.removed',
        targetType: 'user',
        targetId: userId,
        details: { email: target.email, role: target.role },
      });
      return null;
    }
    const updated = await tx
      .updateTable('users')
      .set({ role: to, updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', userId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // Their sessions stay, with the new role from the next request on, in every process.
    await forgetUser(tx, workspaceId, userId);
    await record(tx, {
      name: IdentityEvents.memberRoleChanged,
      workspaceId,
      actorId,
      payload: { userId, from: target.role, to },
    });
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'member.role_changed',
      targetType: 'user',
      targetId: userId,
      details: { email: target.email, from: target.role, to },
    });
    return updated;
  });
}
