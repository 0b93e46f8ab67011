import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, type Session } from '../../test-support/identity.js';
import { identityModule } from './index.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  owner = await setUpWorkspace(t.app, 'xiaomi');
});
afterAll(() => t.close());

const withKey = (key: string, options: InjectOptions) =>
  t.app.inject({ ...options, headers: { authorization: `Bearer ${key}` } });

describe('API keys', () => {
  it('shows the key once, stores only its hash, and honours scopes', async () => {
    const created = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: 'CRM sync', scopes: ['read'] },
    });
    expect(created.statusCode).toBe(201);
    const { key, id, prefix } = created.json();
    expect(key).toMatch(/^cc_[0-9a-f]{32}_/);
    expect(prefix.length).toBeLessThan(20);
    const listed = (await inject(t.app, owner, { url: '/api/v1/api-keys' })).json();
    expect(JSON.stringify(listed)).not.toContain(key.slice(36));
    const stored = await t.database.db
      .selectFrom('api_keys')
      .select('key_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key.slice(36));

    expect((await withKey(key, { url: '/api/v1/members' })).statusCode).toBe(200);
    expect((await withKey(key, { method: 'PATCH', url: '/api/v1/workspace', payload: { name: 'x' } })).statusCode).toBe(
      403,
    );
    expect((await withKey(key, { url: '/api/v1/api-keys' })).statusCode).toBe(403);
    const used = (await inject(t.app, owner, { url: '/api/v1/api-keys' })).json().items[0];
    expect(used.lastUsedAt).not.toBeNull();

    const admin = (
      await inject(t.app, owner, {
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name: 'Ops', scopes: ['admin'] },
      })
    ).json().key;
    expect(
      (await withKey(admin, { method: 'PATCH', url: '/api/v1/workspace', payload: { name: '小米社区' } })).json().name,
    ).toBe('小米社区');
    const log = (await inject(t.app, owner, { url: '/api/v1/audit-log?limit=1' })).json();
    expect(log.items[0]).toMatchObject({ action: 'workspace.updated', actorLabel: 'API key Ops' });
  });

  it('refuses revoked and malformed keys', async () => {
    const { key, id } = (
      await inject(t.app, owner, {
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name: 'Temp', scopes: ['read'] },
      })
    ).json();
    expect((await inject(t.app, owner, { method: 'DELETE', url: `/api/v1/api-keys/${id}` })).statusCode).toBe(204);
    expect((await withKey(key, { url: '/api/v1/members' })).json()).toMatchObject({
      status: 401,
      code: 'invalid_api_key',
    });
    expect((await withKey('cc_garbage', { url: '/api/v1/members' })).json().code).toBe('invalid_api_key');
  });
});
