import { forbidden, unauthenticated } from '../../platform/errors.js';
import { peopleOnly, setupRequired } from './errors.js';
import type { ApiScope, Role } from './tables.js';

/** Who is asking. Every request has one; routes never read cookies or headers themselves. */
export type Actor =
  | { kind: 'anonymous'; workspaceId: string | null }
  | { kind: 'user'; workspaceId: string; userId: string; role: Role; sessionHash: string }
  | { kind: 'api_key'; workspaceId: string; keyId: string; scopes: ApiScope[] };

interface PermissionRule {
  roles: readonly Role[];
  /** The API key scope that grants it; null: not for API keys. */
  scope: ApiScope | null;
}

const ALL_STAFF: Role[] = ['owner', 'admin', 'agent', 'moderator'];
const ADMINS: Role[] = ['owner', 'admin'];

const permissions = new Map<string, PermissionRule>([
  ['console.access', { roles: ALL_STAFF, scope: 'read' }],
  ['members.read', { roles: ALL_STAFF, scope: 'read' }],
  ['members.manage', { roles: ADMINS, scope: 'admin' }],
  ['workspace.manage', { roles: ADMINS, scope: 'admin' }],
  ['workspace.create', { roles: ['owner'], scope: null }],
  // Moving between one's own linked staff accounts; never for customers or API keys.
  ['workspace.switch', { roles: ALL_STAFF, scope: null }],
  ['api_keys.manage', { roles: ADMINS, scope: null }],
  ['audit.read', { roles: ADMINS, scope: 'admin' }],
  ['jobs.manage', { roles: ADMINS, scope: 'admin' }],
]);

/** Lets a module add its own permissions (e.g. `ideas.moderate`) to the one policy table. */
export function definePermission(name: string, rule: PermissionRule): void {
  if (permissions.has(name)) throw new Error(`Permission ${name} is defined twice`);
  permissions.set(name, rule);
}

const SCOPE_RANK: Record<ApiScope, number> = { read: 1, write: 2, admin: 3 };

/** True when the actor holds the permission in its workspace. */
export function can(actor: Actor, permission: string): boolean {
  const rule = permissions.get(permission);
  if (!rule) throw new Error(`Unknown permission ${permission}`);
  if (actor.kind === 'user') return rule.roles.includes(actor.role);
  if (actor.kind === 'api_key') {
    return rule.scope !== null && actor.scopes.some((s) => SCOPE_RANK[s] >= SCOPE_RANK[rule.scope!]);
  }
  return false;
}

/** How a route is reached: by anyone, by any signed-in person, or with a permission. */
export type Access = 'public' | 'signed_in' | { permission: string };

export function assertAccess(actor: Actor, access: Access): void {
  if (access === 'public') return;
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (access === 'signed_in') {
    if (actor.kind !== 'user') throw peopleOnly();
    return;
  }
  if (!can(actor, access.permission)) throw forbidden();
}

/** The signed-in user, or a 401/403 for anyone else. */
export function requireUser(actor: Actor): Extract<Actor, { kind: 'user' }> {
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (actor.kind !== 'user') throw peopleOnly();
  return actor;
}

/** The workspace the request is about; anonymous requests before setup have none. */
export function requireWorkspace(actor: Actor): string {
  if (!actor.workspaceId) throw setupRequired();
  return actor.workspaceId;
}

/** Whether a role may grant or take away another: owners anything, admins all but owner. */
export function mayAssignRole(actorRole: Role, from: Role, to: Role): boolean {
  if (actorRole === 'owner') return true;
  if (actorRole === 'admin') return from !== 'owner' && to !== 'owner';
  return false;
}
