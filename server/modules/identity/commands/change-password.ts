import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { currentPasswordWrong } from '../errors.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { hashPassword, verifyPassword } from '../secrets.js';
import { closeAllSessions } from '../sessions.js';

/** Changes the password after checking the current one; other sessions are signed out. */
export async function changePassword(
  ctx: CommandContext,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const actor = requireUser(ctx.actor);
  const user = await ctx.db
    .selectFrom('users')
    .select('password_hash')
    .where('workspace_id', '=', actor.workspaceId)
    .where('id', '=', actor.userId)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, user.password_hash))) {
    throw currentPasswordWrong();
  }
  const hash = await hashPassword(input.newPassword);
  await withTransaction(ctx.db, async (tx) => {
    await tx
      .updateTable('users')
      .set({ password_hash: hash, updated_at: sql<Date>`now()` })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.userId)
      .execute();
    await closeAllSessions(tx, actor.workspaceId, actor.userId, actor.sessionHash);
  });
}
