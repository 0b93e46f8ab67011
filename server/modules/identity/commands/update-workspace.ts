import { sql } from 'kysely';
import { withTransaction } from '../../../platform/db/index.js';
import { importSPKI } from 'jose';
import { invalidIdentifyPublicKey, workspaceSlugTaken } from '../errors.js';
import { audit } from '../audit.js';
import { forgetWorkspace } from '../actor-cache.js';
import type { CommandContext } from '../context.js';
import { requireWorkspace } from '../policies.js';
import type { IdentifySettingsRow } from '../presenters.js';
import type { WorkspaceSettingsInput } from '../schemas.js';
import { randomToken } from '../secrets.js';

/** Changes the workspace's settings; the audit log keeps which fields changed. */
export async function updateWorkspace(ctx: CommandContext, input: WorkspaceSettingsInput) {
  const workspaceId = requireWorkspace(ctx.actor);
  return withTransaction(ctx.db, async (tx) => {
    if (input.slug) {
      const taken = await tx
        .selectFrom('workspaces')
        .select('id')
        .where('slug', '=', input.slug)
        .where('id', '<>', workspaceId)
        .executeTakeFirst();
      if (taken) throw workspaceSlugTaken(input.slug);
    }
    const row = await tx
      .updateTable('workspaces')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.slug !== undefined ? { slug: input.slug } : {}),
        ...(input.logoUrl !== undefined ? { logo_url: input.logoUrl } : {}),
        ...(input.defaultLocale !== undefined ? { default_locale: input.defaultLocale } : {}),
        ...(input.timeZone !== undefined ? { time_zone: input.timeZone } : {}),
        ...(input.businessHours !== undefined ? { business_hours: JSON.stringify(input.businessHours) } : {}),
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', workspaceId)
      .returningAll()
      .executeTakeFirstOrThrow();
    // Sessions, keys and the workspace header are resolved with the slug: forget the old one.
    if (input.slug !== undefined) await forgetWorkspace(tx, workspaceId);
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'workspace.updated',
      targetType: 'workspace',
      targetId: workspaceId,
      details: { fields: Object.keys(input) },
    });
    return row;
  });
}

/** A new HS256 secret for identified sign-in; tokens signed with the old one stop working. */
export async function rotateIdentifySecret(ctx: CommandContext): Promise<IdentifySettingsRow> {
  const workspaceId = requireWorkspace(ctx.actor);
  const secret = randomToken();
  return withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .updateTable('workspaces')
      .set({ identify_secret: secret, updated_at: sql<Date>`now()` })
      .where('id', '=', workspaceId)
      .returning(['identify_secret', 'identify_public_key'])
      .executeTakeFirstOrThrow();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'workspace.identify_secret_rotated',
      targetType: 'workspace',
      targetId: workspaceId,
    });
    return row;
  });
}

/** Sets (or clears) the RS256 public key for identified sign-in. */
export async function setIdentifyPublicKey(
  ctx: CommandContext,
  publicKey: string | null,
): Promise<IdentifySettingsRow> {
  const workspaceId = requireWorkspace(ctx.actor);
  if (publicKey)
    await importSPKI(publicKey, 'RS256').catch(() => {
      throw invalidIdentifyPublicKey();
    });
  return withTransaction(ctx.db, async (tx) => {
    const row = await tx
      .updateTable('workspaces')
      .set({ identify_public_key: publicKey, updated_at: sql<Date>`now()` })
      .where('id', '=', workspaceId)
      .returning(['identify_secret', 'identify_public_key'])
      .executeTakeFirstOrThrow();
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'workspace.identify_key_set',
      targetType: 'workspace',
      targetId: workspaceId,
      details: { cleared: publicKey === null },
    });
    return row;
  });
}
