/** Shapes of the identity API, named from the generated OpenAPI types (src/api/schema.d.ts). */
import type { ResponseOf } from '../../api/operations';

export type Me = ResponseOf<'get', '/me'>;
export type User = Me['user'];
export type Role = User['role'];
export type StaffRole = Exclude<Role, 'customer'>;
export type PublicWorkspace = Me['workspace'];
export type Site = ResponseOf<'get', '/site'>;

export const STAFF_ROLES: readonly StaffRole[] = ['owner', 'admin', 'agent', 'moderator'];

export const isStaff = (role: Role | undefined): boolean => role !== undefined && role !== 'customer';

/** Owners and admins manage settings, members, keys and the audit log. */
export const isManager = (role: Role | undefined): boolean => role === 'owner' || role === 'admin';
