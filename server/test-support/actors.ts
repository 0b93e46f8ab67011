import type { FastifyInstance } from 'fastify';
import type { Db } from '../platform/db/index.js';
import { newId } from '../platform/ids.js';
import { openSession } from '../modules/identity/sessions.js';
import type { Actor } from '../modules/identity/index.js';
import type { Role } from '../modules/identity/index.js';
import { inject, setUpWorkspace } from './identity.js';

/** One principal of the authorisation matrix: how to describe it to `can()` and how to authenticate as it. */
export interface MatrixActor {
  label: string;
  actor: Actor;
  /** Fresh credentials each call, so a request that signs out does not spoil the next one. */
  headers(): Promise<Record<string, string>>;
}

async function userActor(db: Db, label: string, workspaceId: string, role: Role): Promise<MatrixActor> {
  const userId = newId();
  await db
    .insertInto('users')
    .values({ workspace_id: workspaceId, id: userId, email: `${label}@matrix.example`, display_name: label, role })
    .execute();
  return {
    label,
    actor: { kind: 'user', workspaceId, userId, role, sessionHash: '' },
    headers: async () => {
      const token = await openSession(db, workspaceId, userId, { ip: null, userAgent: null });
      return { cookie: `cocreate_session=${workspaceId}.${token}`, 'x-requested-with': 'cocreate' };
    },
  };
}

/**
 * Two workspaces and everyone who can knock: anonymous, two customers, each staff role, another
 * workspace's admin, and API keys of each scope.
 */
export async function matrixActors(app: FastifyInstance, db: Db) {
  const owner = await setUpWorkspace(app, 'home');
  const ws = owner.workspaceId;
  const otherWs = (
    await inject(app, owner, {
      method: 'POST',
      url: '/api/v1/workspaces',
      payload: { name: '别的品牌', slug: 'elsewhere' },
    })
  ).json().id as string;
  const keys: MatrixActor[] = [];
  for (const scope of ['read', 'write', 'admin'] as const) {
    const created = (
      await inject(app, owner, {
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name: `${scope} key`, scopes: [scope] },
      })
    ).json();
    keys.push({
      label: `api-key-${scope}`,
      actor: { kind: 'api_key', workspaceId: ws, keyId: created.id, scopes: [scope] },
      headers: async () => ({ authorization: `Bearer ${created.key}` }),
    });
  }
  const actors: MatrixActor[] = [
    {
      label: 'anonymous',
      actor: { kind: 'anonymous', workspaceId: ws },
      headers: async () => ({ 'x-requested-with': 'cocreate' }),
    },
    await userActor(db, 'customer-a', ws, 'customer'),
    await userActor(db, 'customer-b', ws, 'customer'),
    await userActor(db, 'agent', ws, 'agent'),
    await userActor(db, 'moderator', ws, 'moderator'),
    await userActor(db, 'admin', ws, 'admin'),
    await userActor(db, 'owner', ws, 'owner'),
    await userActor(db, 'other-admin', otherWs, 'admin'),
    ...keys,
  ];
  return { workspaceId: ws, otherWorkspaceId: otherWs, owner, actors };
}
