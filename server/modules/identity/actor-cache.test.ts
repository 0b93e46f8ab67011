import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { migrations } from '../../migrations/index.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../platform/db/index.js';
import { statementCounts } from '../../platform/db/statement-count.js';
import { createTestApp, testConfig, type TestApp } from '../../test-support/app.js';
import { testDbKind } from '../../test-support/db.js';
import {
  createStaff,
  inject,
  PASSWORD,
  setUpWorkspace,
  signIn,
  signUpCustomer,
  type Session,
} from '../../test-support/identity.js';
import { announcementsConnected } from '../../test-support/broadcast.js';
import { freePort, spawnTs, waitForOutput } from '../../test-support/spawn.js';
import { modules } from '../index.js';
import { ACTOR_CACHE_MS } from './actor-cache.js';

let t: TestApp;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp(modules);
  // The listener's first connection drops every cache once; counts are taken after it.
  await announcementsConnected(t.database);
  owner = await setUpWorkspace(t.app, 'midea');
});
afterAll(() => t.close());

const me = (app: FastifyInstance, s: Session) => inject(app, s, { url: '/api/v1/me' });

/** Statements a request sent (the app's own count of what it sent while serving it). */
async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  const before = statementCounts.request;
  await work();
  return statementCounts.request - before;
}

/** A second session of the same person, as from another browser. */
async function anotherSession(s: Session, email: string, password = PASSWORD): Promise<Session> {
  const res = await signIn(t.app, email, password, 'midea');
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'cocreate_session')!;
  return { ...s, cookie: `cocreate_session=${cookie.value}` };
}

describe('resolving the actor', () => {
  it('asks the database once per session in a few seconds, and not at all for a header naming its workspace', async () => {
    const ana = await signUpCustomer(t.app, 'ana@midea.example', 'midea');
    const cold = await statementsOf(() => me(t.app, ana));
    const warm = await statementsOf(() => me(t.app, ana));
    expect(warm).toBe(cold - 1);
    const named = await statementsOf(() =>
      inject(t.app, ana, { url: '/api/v1/me', headers: { 'x-cocreate-workspace': 'midea' } }),
    );
    expect(named).toBe(warm);
    const elsewhere = await inject(t.app, ana, { url: '/api/v1/me', headers: { 'x-cocreate-workspace': 'nowhere' } });
    expect(elsewhere.statusCode).toBe(404);
  });

  it('refuses a session right after signing out, and every session after signing out everywhere', async () => {
    const email = 'bo@midea.example';
    const bo = await signUpCustomer(t.app, email, 'midea');
    const other = await anotherSession(bo, email);
    const third = await anotherSession(bo, email);
    for (const s of [bo, other, third]) expect((await me(t.app, s)).statusCode).toBe(200);

    await inject(t.app, bo, { method: 'POST', url: '/api/v1/auth/sign-out' });
    expect((await me(t.app, bo)).statusCode).toBe(401);
    expect((await me(t.app, other)).statusCode).toBe(200);

    await inject(t.app, other, { method: 'POST', url: '/api/v1/auth/sign-out-everywhere' });
    expect((await me(t.app, other)).statusCode).toBe(401);
    expect((await me(t.app, third)).statusCode).toBe(401);
  });

  it('ends the other sessions at once when the password changes', async () => {
    const email = 'cy@midea.example';
    const cy = await signUpCustomer(t.app, email, 'midea');
    const other = await anotherSession(cy, email);
    expect((await me(t.app, other)).statusCode).toBe(200);
    const changed = await inject(t.app, cy, {
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: PASSWORD, newPassword: 'a whole new passphrase' },
    });
    expect(changed.statusCode, changed.body).toBeLessThan(300);
    expect((await me(t.app, other)).statusCode).toBe(401);
    expect((await me(t.app, cy)).statusCode).toBe(200);
  });

  it('applies a role change and a removal from the next request on', async () => {
    const admin = await createStaff(t.app, t.database.db, owner.workspaceId, 'midea', 'admin');
    expect((await inject(t.app, admin, { url: '/api/v1/members' })).statusCode).toBe(200);
    expect((await inject(t.app, admin, { url: '/api/v1/api-keys' })).statusCode).toBe(200);

    const demoted = await inject(t.app, owner, {
      method: 'PATCH',
      url: `/api/v1/members/${admin.userId}`,
      payload: { role: 'agent' },
    });
    expect(demoted.statusCode, demoted.body).toBe(200);
    expect((await inject(t.app, admin, { url: '/api/v1/api-keys' })).statusCode).toBe(403);
    expect((await inject(t.app, admin, { url: '/api/v1/members' })).statusCode).toBe(200);

    await inject(t.app, owner, { method: 'DELETE', url: `/api/v1/members/${admin.userId}` });
    expect((await inject(t.app, admin, { url: '/api/v1/members' })).statusCode).toBe(401);
  });

  it('refuses a revoked API key at once', async () => {
    const created = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/api-keys',
      payload: { name: 'crm', scopes: ['read'] },
    });
    const { id, key } = created.json() as { id: string; key: string };
    const byKey = () => t.app.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${key}` } });
    // The first use looks the key up and notes when it was used; the next asks nothing more.
    const cold = await statementsOf(byKey);
    const warm = await statementsOf(byKey);
    expect(warm).toBe(cold - 2);
    await inject(t.app, owner, { method: 'DELETE', url: `/api/v1/api-keys/${id}` });
    expect((await byKey()).statusCode).toBe(401);
  });

  it('forgets a workspace slug that changed', async () => {
    const named = (s: Session | null, slug: string) =>
      inject(t.app, s, { url: '/api/v1/me', headers: { 'x-cocreate-workspace': slug } }).then((r) => r.statusCode);
    const rename = (slug: string) =>
      inject(t.app, owner, { method: 'PATCH', url: '/api/v1/workspace', payload: { slug } }).then((r) => r.statusCode);
    expect(await named(null, 'midea')).toBe(401);
    expect(await named(owner, 'midea')).toBe(200);
    try {
      expect(await rename('midea-renamed')).toBe(200);
      expect(await named(null, 'midea')).toBe(404);
      expect(await named(owner, 'midea')).toBe(404);
      expect(await named(owner, 'midea-renamed')).toBe(200);
    } finally {
      expect(await rename('midea')).toBe(200);
    }
  });
});

describe.runIf(testDbKind === 'postgres')('several processes on one database', () => {
  it('a sign-out in one app is refused by another app on the same database', async () => {
    const handle: DatabaseHandle = await openDatabase({ url: t.database.url, poolSize: 2 });
    await migrateToLatest(handle.db, migrations);
    const other = await buildApp({ config: testConfig(), database: handle, modules, webRoot: '/nonexistent' });
    await other.ready();
    await announcementsConnected(handle);
    try {
      const dee = await signUpCustomer(t.app, 'dee@midea.example', 'midea');
      expect((await me(other, dee)).statusCode).toBe(200);
      await inject(t.app, dee, { method: 'POST', url: '/api/v1/auth/sign-out' });
      expect((await me(other, dee)).statusCode).toBe(401);
    } finally {
      await other.close();
      await handle.close();
    }
  });

  it('another process drops its cached session when the announcement arrives, not when the cache runs out', async () => {
    const port = await freePort();
    const child = spawnTs('server/test-support/fixtures/serve-app.ts', [], {
      FIXTURE_DATABASE_URL: t.database.url!,
      FIXTURE_PORT: String(port),
    });
    try {
      await waitForOutput(child, 'listening');
      const elsewhere = (s: Session) =>
        fetch(`http://127.0.0.1:${port}/api/v1/me`, { headers: { cookie: s.cookie } }).then((r) => r.status);
      const eve = await signUpCustomer(t.app, 'eve@midea.example', 'midea');
      const fay = await signUpCustomer(t.app, 'fay@midea.example', 'midea');
      // The other process resolves both sessions and keeps them until at least `cachedUntil`.
      const cachedUntil = Date.now() + ACTOR_CACHE_MS;
      expect(await elsewhere(eve)).toBe(200);
      expect(await elsewhere(fay)).toBe(200);

      // Without an announcement the other process keeps trusting what it resolved for a few
      // seconds: a session deleted behind its back still works there...
      await t.database.db.deleteFrom('sessions').where('user_id', '=', fay.userId).execute();
      expect(await elsewhere(fay)).toBe(200);
      // ...while a sign-out announces itself and is refused there as soon as that arrives, well
      // before the cached entry would have run out.
      await inject(t.app, eve, { method: 'POST', url: '/api/v1/auth/sign-out' });
      let status = await elsewhere(eve);
      while (status !== 401 && Date.now() < cachedUntil - 1000) {
        await new Promise((r) => setTimeout(r, 10));
        status = await elsewhere(eve);
      }
      expect(status).toBe(401);
    } finally {
      child.child.kill('SIGTERM');
      await child.exited;
    }
  });
});
