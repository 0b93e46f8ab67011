import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import type { CommandContext } from '../context.js';
import { requireWorkspace } from '../policies.js';
import { verifyPassword } from '../secrets.js';
import { openSession } from '../sessions.js';

const MAX_FAILURES = 5;
const LOCK_MINUTES = 15;

const wrongCredentials = () => new AppError('invalid_credentials', 401, 'The email or password is not right.');

/**
 * Email + password sign-in. Failures are counted per email whether or not an account exists,
 * and locking works the same for both, so neither the message nor the lockout tells who has
 * an account.
 */
export async function signIn(ctx: CommandContext, input: { email: string; password: string }) {
  const workspaceId = requireWorkspace(ctx.actor);
  const failures = await ctx.db.selectFrom('login_failures').selectAll().where('workspace_id', '=', workspaceId).where('email', '=', input.email).executeTakeFirst();
  if (failures?.locked_until && failures.locked_until > new Date()) {
    throw new AppError('sign_in_locked', 429, `Too many failed attempts. Try again after ${LOCK_MINUTES} minutes or reset your password.`, {
      retryAfter: failures.locked_until.toISOString(),
    });
  }
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'status'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
    .executeTakeFirst();
  const ok = (await verifyPassword(input.password, user?.password_hash ?? null)) && user?.status === 'active';
  if (!ok || !user) {
    await ctx.db
      .insertInto('login_failures')
      .values({ workspace_id: workspaceId, email: input.email, failures: 1 })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'email']).doUpdateSet({
          failures: sql<number>`case when login_failures.locked_until < now() then 1 else login_failures.failures + 1 end`,
          locked_until: sql<Date>`case when (case when login_failures.locked_until < now() then 1 else login_failures.failures + 1 end) >= ${MAX_FAILURES}
            then now() + make_interval(mins => ${LOCK_MINUTES}) else null end`,
          updated_at: sql<Date>`now()`,
        }),
      )
      .execute();
    throw wrongCredentials();
  }
  return withTransaction(ctx.db, async (tx) => {
    await tx.deleteFrom('login_failures').where('workspace_id', '=', workspaceId).where('email', '=', input.email).execute();
    const token = await openSession(tx, workspaceId, user.id, ctx.origin);
    return { workspaceId, userId: user.id, token };
  });
}
