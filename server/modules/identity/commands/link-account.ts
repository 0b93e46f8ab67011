import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { linkCredentialsWrong, linkTargetInThisWorkspace, linkTargetNotStaff, onlyStaffLink } from '../errors.js';
import { linkAccounts } from '../account-links.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { checkPasswordThrottled } from '../login-throttle.js';
import { requireUser } from '../policies.js';
import { verifyPassword } from '../secrets.js';

/**
 * A signed-in staff member links their staff account in another workspace by signing in to it
 * here: that account's own email and password, under the same lockout as sign-in. Afterwards
 * the switcher offers that workspace.
 */
export async function linkAccount(ctx: CommandContext, input: { workspace: string; email: string; password: string }) {
  const actor = requireUser(ctx.actor);
  if (actor.role === 'customer') throw onlyStaffLink();
  const target = await ctx.db
    .selectFrom('workspaces')
    .select(['id', 'name'])
    .where(sql<boolean>`slug = ${input.workspace} or id::text = ${input.workspace}`)
    .executeTakeFirst();
  // An unknown workspace answers like a wrong password: the form does not tell what exists.
  const workspaceId = target?.id ?? actor.workspaceId;
  const account = target
    ? await ctx.db
        .selectFrom('users')
        .select(['id', 'password_hash', 'role', 'status'])
        .where('workspace_id', '=', target.id)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email))
        .executeTakeFirst()
    : undefined;
  const attempt = { workspaceId, email: input.email, client: ctx.origin.ip };
  const ok = await checkPasswordThrottled(
    ctx.db,
    attempt,
    async () => (await verifyPassword(input.password, account?.password_hash ?? null)) && account?.status === 'active',
  );
  if (!ok || !target || !account) throw linkCredentialsWrong();
  if (target.id === actor.workspaceId) throw linkTargetInThisWorkspace();
  if (account.role === 'customer') throw linkTargetNotStaff();
  await withTransaction(ctx.db, async (tx) => {
    await linkAccounts(tx, actor, { workspaceId: target.id, userId: account.id }, 'password');
    await audit(tx, actor, ctx.origin, {
      action: 'account.linked',
      targetType: 'workspace',
      targetId: target.id,
      details: { email: input.email },
    });
    await audit(tx, actor, ctx.origin, {
      action: 'account.linked',
      targetType: 'workspace',
      targetId: actor.workspaceId,
      workspaceId: target.id,
    });
  });
  return { workspaceId: target.id, name: target.name };
}
