import { withTransaction } from '../../../platform/db/index.js';
import { invalidCredentials } from '../errors.js';
import type { CommandContext } from '../context.js';
import { checkPasswordThrottled } from '../login-throttle.js';
import { requireWorkspace } from '../policies.js';
import { verifyPassword } from '../secrets.js';
import { openSession } from '../sessions.js';

/**
 * Email + password sign-in. Failures are counted per email and client address whether or not
 * an account exists, and locking works the same for both, so neither the message nor the
 * lockout tells who has an account.
 */
export async function signIn(ctx: CommandContext, input: { email: string; password: string }) {
  const workspaceId = requireWorkspace(ctx.actor);
  const attempt = { workspaceId, email: input.email, client: ctx.origin.ip };
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
    .executeTakeFirst();
  const ok = await checkPasswordThrottled(
    ctx.db,
    attempt,
    async () => (await verifyPassword(input.password, user?.password_hash ?? null)) && user?.status === 'active',
  );
  if (!ok || !user) throw invalidCredentials();
  return withTransaction(ctx.db, async (tx) => {
    const token = await openSession(tx, workspaceId, user.id, ctx.origin);
    return { workspaceId, userId: user.id, token };
  });
}
