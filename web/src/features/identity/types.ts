/** Shapes of the identity API (server/modules/identity/schemas.ts). */
export type Role = 'owner' | 'admin' | 'agent' | 'moderator' | 'customer';
export type StaffRole = Exclude<Role, 'customer'>;

export interface User {
  id: string;
  email: string | null;
  emailVerified: boolean;
  displayName: string;
  avatarUrl: string | null;
  locale: string | null;
  role: Role;
  externalId: string | null;
  attributes: Record<string, unknown>;
  status: 'active' | 'disabled';
  createdAt: string;
  lastSeenAt: string | null;
}

export interface PublicWorkspace {
  id: string;
  slug: string;
  name: string;
  logoUrl: string | null;
  defaultLocale: string;
}

export interface Me {
  user: User;
  workspace: PublicWorkspace;
}

export interface Site {
  setupNeeded: boolean;
  workspace: PublicWorkspace | null;
}

export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'admin', 'agent', 'moderator'];

export const isStaff = (role: Role | undefined): boolean => role !== undefined && role !== 'customer';

/** Owners and admins manage settings, members, keys and the audit log. */
export const isManager = (role: Role | undefined): boolean => role === 'owner' || role === 'admin';
