import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { setupDone } from '../errors.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import type { SetupInput } from '../schemas.js';
import { hashPassword } from '../secrets.js';
import { openSession } from '../sessions.js';
import { insertWorkspace } from './insert-workspace.js';

/** First run: creates the first workspace and its owner, then signs the owner in. Once only. */
export async function setUpFirstWorkspace(ctx: CommandContext, input: SetupInput) {
  const passwordHash = await hashPassword(input.owner.password);
  return withTransaction(ctx.db, async (tx) => {
    // Two browsers submitting setup at once: the lock makes the second see the first's workspace.
    await sql`select pg_advisory_xact_lock(hashtext('cocreate.setup'))`.execute(tx);
    const existing = await tx.selectFrom('workspaces').select('id').limit(1).executeTakeFirst();
    if (existing) throw setupDone();
    const { workspaceId, ownerId } = await insertWorkspace(
      tx,
      input.workspace,
      {
        email: input.owner.email,
        passwordHash,
        displayName: input.owner.displayName,
        locale: input.workspace.defaultLocale ?? null,
      },
      null,
    );
    const actor = { kind: 'user' as const, workspaceId, userId: ownerId, role: 'owner' as const, sessionHash: '' };
    await audit(tx, actor, ctx.origin, { action: 'workspace.created', targetType: 'workspace', targetId: workspaceId });
    const token = await openSession(tx, workspaceId, ownerId, ctx.origin);
    return { workspaceId, userId: ownerId, token };
  });
}
