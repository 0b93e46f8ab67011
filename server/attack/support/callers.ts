import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/index.js';
import { can, type Access, type Actor, type Role } from '../../modules/identity/index.js';
import type { MatrixActor } from '../../test-support/actors.js';
import { as, createStaff, inject, type Session } from '../../test-support/identity.js';
import type { WorkspaceContent } from './seed-content.js';

/** Whether a caller may call a route with this access rule (as the authorisation matrix reads it). */
export function mayCall(actor: Actor, access: Access): boolean {
  if (access === 'public') return true;
  if (access === 'signed_in') return actor.kind === 'user';
  return actor.kind !== 'anonymous' && can(actor, access.permission);
}

const user = (label: string, session: Session, role: Role): MatrixActor => ({
  label,
  actor: { kind: 'user', workspaceId: session.workspaceId, userId: session.userId, role, sessionHash: '' },
  headers: async () => as(session),
});

/**
 * Everyone of one workspace who can knock: an owner, admin, moderator, agent and customer
 * (signed in through the API), an API key of each scope, and an anonymous visitor naming it.
 */
export async function workspaceCallers(
  app: FastifyInstance,
  db: Db,
  content: WorkspaceContent,
): Promise<MatrixActor[]> {
  const { slug, owner, workspaceId } = content;
  const callers: MatrixActor[] = [
    {
      label: `${slug}:anonymous`,
      actor: { kind: 'anonymous', workspaceId },
      headers: async () => ({ ...as(null), 'x-cocreate-workspace': slug }),
    },
    user(`${slug}:customer`, content.customer, 'customer'),
    user(`${slug}:agent`, content.agent, 'agent'),
    user(`${slug}:moderator`, await createStaff(app, db, workspaceId, slug, 'moderator'), 'moderator'),
    user(`${slug}:admin`, await createStaff(app, db, workspaceId, slug, 'admin'), 'admin'),
    // Not the owner who made the workspace: that account is linked to another workspace's owner.
    user(`${slug}:owner`, await createStaff(app, db, workspaceId, slug, 'owner'), 'owner'),
  ];
  for (const scope of ['read', 'write', 'admin'] as const) {
    const res = await inject(app, owner, {
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: `${slug} ${scope}`, scopes: [scope] },
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    const key = res.json() as { id: string; key: string };
    callers.push({
      label: `${slug}:api-key-${scope}`,
      actor: { kind: 'api_key', workspaceId, keyId: key.id, scopes: [scope] },
      headers: async () => ({ authorization: `Bearer ${key.key}` }),
    });
  }
  return callers;
}
