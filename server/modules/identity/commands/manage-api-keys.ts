import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { apiKeyNotFound } from '../errors.js';
import { forgetApiKey } from '../actor-cache.js';
import { newId } from '../../../platform/ids.js';
import { audit } from '../audit.js';
import type { CommandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { hashToken, randomToken } from '../secrets.js';
import type { ApiScope } from '../tables.js';

/**
 * Creates an API key `cc_<workspace>_<secret>`; the whole key is returned this once and only
 * its hash is kept.
 */
export async function createApiKey(ctx: CommandContext, input: { name: string; scopes: ApiScope[] }) {
  const actor = requireUser(ctx.actor);
  const secret = randomToken();
  const key = `cc_${actor.workspaceId.replace(/-/g, '')}_${secret}`;
  return withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .insertInto('api_keys')
      .values({
        workspace_id: actor.workspaceId,
        id: newId(),
        name: input.name,
        prefix: `${key.slice(0, 10)}…${secret.slice(-4)}`,
        key_hash: hashToken(secret),
        scopes: [...new Set(input.scopes)],
        created_by: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, actor, ctx.origin, {
      action: 'api_key.created',
      targetType: 'api_key',
      targetId: row.id,
      details: { name: input.name, scopes: row.scopes },
    });
    return { row, key };
  });
}

export async function revokeApiKey(ctx: CommandContext, id: string): Promise<void> {
  const actor = requireUser(ctx.actor);
  await withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .updateTable('api_keys')
      .set({ revoked_at: sql<Date>`now()` })
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .returning(['name'])
      .executeTakeFirst();
    if (!row) throw apiKeyNotFound();
    await forgetApiKey(tx, actor.workspaceId, id);
    await audit(tx, actor, ctx.origin, {
      action: 'api_key.revoked',
      targetType: 'api_key',
      targetId: id,
      details: { name: row.name },
    });
  });
}
