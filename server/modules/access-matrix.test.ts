// Walks every API route with every kind of caller and checks the answer against the route's
// declared access. New routes join the walk automatically; a route without a rule fails it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { matrixActors, type MatrixActor } from '../test-support/actors.js';
import { inject, type Session } from '../test-support/identity.js';
import { can, routeAccessTables, type Access, type Actor, type RouteAccess } from './identity/index.js';
import { modules } from './index.js';

let t: TestApp;
let actors: MatrixActor[];
let owner: Session;
let routes: RouteAccess[];
beforeAll(async () => {
  t = await createTestApp(modules);
  ({ actors, owner } = await matrixActors(t.app, t.database.db));
  routes = routeAccessTables.get(t.app) ?? [];
});
afterAll(() => t.close());

function allowed(actor: Actor, access: Access): boolean {
  if (access === 'public') return true;
  if (access === 'signed_in') return actor.kind === 'user';
  return actor.kind !== 'anonymous' && can(actor, access.permission);
}

const fill = (url: string) => url.replace(/:[A-Za-z]+/g, '01900000-0000-7000-8000-00000000dead');

describe('authorisation matrix', () => {
  it('covers a healthy number of routes, each with a declared rule', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(routes.filter((r) => !r.access).map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('documents every route in the OpenAPI document', async () => {
    const res = await t.app.inject({ url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = res.json().paths as Record<string, Record<string, unknown>>;
    const missing = routes
      .filter((r) => !r.url.startsWith('/api/v1/_bench'))
      .filter((r) => !paths[r.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[r.method.toLowerCase()])
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('answers every route x caller as its rule says', async () => {
    const mismatches: string[] = [];
    for (const route of routes) {
      for (const a of actors) {
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: fill(route.url),
          headers: await a.headers(),
          ...(route.method === 'GET' || route.method === 'DELETE' ? {} : { payload: {} }),
        });
        const denied = res.statusCode === 401 || res.statusCode === 403;
        const expectAllowed = allowed(a.actor, route.access!);
        if (denied === expectAllowed)
          mismatches.push(`${route.method} ${route.url} as ${a.label}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('keeps another workspace out, whatever it names', async () => {
    const other = actors.find((a) => a.label === 'other-admin')!;
    const named = await t.app.inject({
      url: '/api/v1/members',
      headers: { ...(await other.headers()), 'x-cocreate-workspace': 'home' },
    });
    expect(named.json()).toMatchObject({ status: 403, code: 'workspace_mismatch' });
    const theirMembers = (await t.app.inject({ url: '/api/v1/members', headers: await other.headers() })).json();
    // Only that workspace's staff: its own admin and the owner who created it, none of home's.
    expect(theirMembers.items.map((m: { displayName: string }) => m.displayName).sort()).toEqual(
      ['other-admin', '王经理'].sort(),
    );

    const key = (
      await inject(t.app, owner, {
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name: 'mine', scopes: ['read'] },
      })
    ).json();
    const invitation = (
      await inject(t.app, owner, {
        method: 'POST',
        url: '/api/v1/invitations',
        payload: { email: 'x@home.example', role: 'agent' },
      })
    ).json();
    const probes = [
      { method: 'DELETE', url: `/api/v1/api-keys/${key.id}` },
      { method: 'DELETE', url: `/api/v1/invitations/${invitation.id}` },
      { method: 'PATCH', url: `/api/v1/members/${owner.userId}`, payload: { role: 'agent' } },
      { method: 'DELETE', url: `/api/v1/members/${owner.userId}` },
    ] as const;
    for (const probe of probes) {
      const res = await t.app.inject({ ...probe, headers: await other.headers() });
      expect(`${probe.method} ${probe.url}: ${res.statusCode}`).toBe(`${probe.method} ${probe.url}: 404`);
    }
  });

  it('shows a customer only their own account', async () => {
    const a = actors.find((x) => x.label === 'customer-a')!;
    const me = (await t.app.inject({ url: '/api/v1/me', headers: await a.headers() })).json();
    expect(me.user.displayName).toBe('customer-a');
    expect(JSON.stringify(me)).not.toContain('customer-b');
  });
});
