import { sql } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { workspaceSlugTaken } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { IdentityEvents } from '../events.js';
import { randomToken } from '../secrets.js';
import type { WorkspaceSettingsInput } from '../schemas.js';

export const DEFAULT_BUSINESS_HOURS = {
  mon: [{ start: '09:00', end: '18:00' }],
  tue: [{ start: '09:00', end: '18:00' }],
  wed: [{ start: '09:00', end: '18:00' }],
  thu: [{ start: '09:00', end: '18:00' }],
  fri: [{ start: '09:00', end: '18:00' }],
  sat: [],
  sun: [],
};

/** Inserts a workspace row and its owner; shared by first-run setup and "new workspace". */
export async function insertWorkspace(
  tx: Tx,
  workspace: Required<Pick<WorkspaceSettingsInput, 'name' | 'slug'>> & WorkspaceSettingsInput,
  owner: { email: string; passwordHash: string; displayName: string; locale: string | null },
  actorId: string | null,
): Promise<{ workspaceId: string; ownerId: string }> {
  const taken = await tx.selectFrom('workspaces').select('id').where('slug', '=', workspace.slug).executeTakeFirst();
  if (taken) throw workspaceSlugTaken(workspace.slug);
  const workspaceId = newId();
  const ownerId = newId();
  await tx
    .insertInto('workspaces')
    .values({
      id: workspaceId,
      slug: workspace.slug,
      name: workspace.name,
      logo_url: workspace.logoUrl ?? null,
      default_locale: workspace.defaultLocale ?? 'zh-CN',
      time_zone: workspace.timeZone ?? 'Asia/Shanghai',
      business_hours: JSON.stringify(workspace.businessHours ?? DEFAULT_BUSINESS_HOURS),
      identify_secret: randomToken(),
    })
    .execute();
  await tx
    .insertInto('users')
    .values({
      workspace_id: workspaceId,
      id: ownerId,
      email: owner.email,
      email_verified_at: sql<Date>`now()` as unknown as Date,
      password_hash: owner.passwordHash,
      display_name: owner.displayName,
      locale: owner.locale,
      role: 'owner',
    })
    .execute();
  await record(tx, {
    name: IdentityEvents.workspaceCreated,
    workspaceId,
    actorId: actorId ?? ownerId,
    payload: { workspaceId, slug: workspace.slug },
  });
  return { workspaceId, ownerId };
}
