import type { Selectable } from 'kysely';
import type { JobView } from '../../platform/jobs/index.js';
import type { ApiKeysTable, AuditLogTable, InvitationsTable, UsersTable, WorkspacesTable } from './tables.js';
import type { BusinessHoursSchema } from './schemas.js';
import type { z } from 'zod';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentUser(u: Selectable<UsersTable>) {
  return {
    id: u.id,
    email: u.email,
    emailVerified: u.email_verified_at !== null,
    displayName: u.display_name,
    avatarUrl: u.avatar_url,
    locale: u.locale,
    role: u.role,
    externalId: u.external_id,
    attributes: u.attributes,
    status: u.status,
    createdAt: u.created_at.toISOString(),
    lastSeenAt: iso(u.last_seen_at),
  };
}

export type IdentifySettingsRow = Pick<Selectable<WorkspacesTable>, 'identify_secret' | 'identify_public_key'>;

/** The keys the brand's site signs identity tokens with (admins only). */
export function presentIdentifySettings(w: IdentifySettingsRow) {
  return { secret: w.identify_secret, publicKey: w.identify_public_key };
}

export function presentWorkspace(w: Selectable<WorkspacesTable>) {
  return {
    id: w.id,
    slug: w.slug,
    name: w.name,
    logoUrl: w.logo_url,
    defaultLocale: w.default_locale,
    timeZone: w.time_zone,
    businessHours: w.business_hours as z.infer<typeof BusinessHoursSchema>,
    createdAt: w.created_at.toISOString(),
  };
}

export function presentPublicWorkspace(
  w: Pick<Selectable<WorkspacesTable>, 'id' | 'slug' | 'name' | 'logo_url' | 'default_locale'>,
) {
  return { id: w.id, slug: w.slug, name: w.name, logoUrl: w.logo_url, defaultLocale: w.default_locale };
}

export function presentInvitation(i: Selectable<InvitationsTable>) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expires_at.toISOString(),
    acceptedAt: iso(i.accepted_at),
    revokedAt: iso(i.revoked_at),
    createdAt: i.created_at.toISOString(),
  };
}

export function presentApiKey(k: Selectable<ApiKeysTable>) {
  return {
    id: k.id,
    name: k.name,
    prefix: k.prefix,
    scopes: k.scopes,
    createdAt: k.created_at.toISOString(),
    lastUsedAt: iso(k.last_used_at),
    revokedAt: iso(k.revoked_at),
  };
}

export function presentAuditEntry(a: Selectable<AuditLogTable>) {
  return {
    id: a.id,
    actorLabel: a.actor_label,
    action: a.action,
    targetType: a.target_type,
    targetId: a.target_id,
    details: a.details,
    ip: a.ip,
    userAgent: a.user_agent,
    createdAt: a.created_at.toISOString(),
  };
}

/** What an invitation link is for, shown before it is accepted. */
export function presentInvitationPreview(
  i: Pick<Selectable<InvitationsTable>, 'email' | 'role'>,
  workspace: Selectable<WorkspacesTable>,
) {
  return { email: i.email, role: i.role, workspace: presentPublicWorkspace(workspace) };
}

/** A background job of the workspace, for the admins' job list. */
export function presentJob(j: JobView) {
  return {
    ...j,
    runAt: j.runAt.toISOString(),
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
  };
}
