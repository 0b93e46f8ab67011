import { noLinkedStaffAccount, onlyStaffSwitch } from '../errors.js';
import { linkedStaffAccount } from '../account-links.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { openSession } from '../sessions.js';

/**
 * Moves a staff member's session to their linked staff account in another workspace. Only a
 * link proves the other account is theirs; a matching email proves nothing (anyone can sign up
 * as a customer with any address), and a customer session never reaches staff roles.
 */
export async function switchWorkspace(ctx: CommandContext, targetWorkspaceId: string) {
  const actor = requireUser(ctx.actor);
  if (actor.role === 'customer') throw onlyStaffSwitch();
  const targetUserId = await linkedStaffAccount(ctx.db, actor, targetWorkspaceId);
  if (!targetUserId) throw noLinkedStaffAccount();
  const token = await openSession(ctx.db, targetWorkspaceId, targetUserId, ctx.origin);
  return { workspaceId: targetWorkspaceId, userId: targetUserId, token };
}
