// Walks every API route with the inputs that slip past a careless edge: the same path spelt in
// other ways (percent-encoded, upper-cased, with doubled or encoded slashes), and text that
// PostgreSQL cannot store. New routes join the walk automatically.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test-support/app.js';
import { as, setUpWorkspace, type Session } from '../test-support/identity.js';
import { routeAccessTables, type RouteAccess } from './identity/index.js';
import { modules } from './index.js';

let t: TestApp;
let owner: Session;
let routes: RouteAccess[];
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'home');
  routes = (routeAccessTables.get(t.app) ?? []).filter((r) => !r.url.startsWith('/api/v1/_bench'));
});
afterAll(() => t.close());

const ID = '01900000-0000-7000-8000-00000000dead';
const fill = (url: string, value = ID) => url.replace(/:[A-Za-z]+/g, value);
const hasBody = (method: string) => !['GET', 'DELETE', 'HEAD'].includes(method);
const percent = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** Spellings the router reads as this very path: each character percent-encoded in turn, an empty query. */
function sameRoute(path: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < path.length; i++)
    if (path[i] !== '/') out.push(path.slice(0, i) + percent(path[i]!) + path.slice(i + 1));
  out.push(`${path}?`);
  return out;
}

/** Spellings that a lenient router or proxy might take for this path; ours must not serve them as it. */
function nearRoute(path: string): string[] {
  const out = [
    path.toUpperCase(),
    path.replace('/api/', '/API/'),
    `${path}/`,
    `${path};x`,
    `${path}%00`,
    `${path}/%2e%2e`,
  ];
  out.push(
    path.replace('/api/v1/', '/api/v1/x/%2e%2e/'),
    path.replace('/api/v1/', '/api/v1/./'),
    path.replace('/api/v1/', '/api/v1/%2E/'),
  );
  for (let i = 0; i < path.length; i++) {
    if (path[i] !== '/') continue;
    out.push(`${path.slice(0, i)}//${path.slice(i + 1)}`, `${path.slice(0, i)}%2F${path.slice(i + 1)}`);
  }
  return out;
}

function problemOf(res: LightMyRequestResponse): string | null {
  if (!String(res.headers['content-type']).startsWith('application/problem+json'))
    return `content-type ${res.headers['content-type']}`;
  const body = res.json();
  if (typeof body.code !== 'string') return 'no code';
  if (!body.requestId || body.requestId !== res.headers['x-request-id']) return 'no request id';
  return null;
}

describe('every API route, its path spelt other ways, as an anonymous caller', () => {
  it('never serves a route that is not public, never fails with a 500, and answers every error with problem+json', async () => {
    expect(routes.length).toBeGreaterThan(25);
    const wrong: string[] = [];
    let tried = 0;
    for (const route of routes) {
      const path = fill(route.url);
      const spellings = [
        ...sameRoute(path).map((url) => ({ url, same: true })),
        ...nearRoute(path).map((url) => ({ url, same: false })),
      ];
      for (const { url, same } of spellings) {
        tried++;
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: as(null),
          ...(hasBody(route.method) ? { payload: {} } : {}),
        });
        const where = `${route.method} ${url} (${route.url}): ${res.statusCode} ${res.body.slice(0, 100)}`;
        if (res.statusCode >= 500) wrong.push(`server error: ${where}`);
        else if (route.access !== 'public' && res.statusCode < 400) wrong.push(`served: ${where}`);
        // The same route spelt another way is the same route: refused for who is asking.
        else if (route.access !== 'public' && same && res.statusCode !== 401)
          wrong.push(`not refused as anonymous: ${where}`);
        else if (res.statusCode >= 400 && problemOf(res)) wrong.push(`${problemOf(res)}: ${where}`);
      }
    }
    expect(tried).toBeGreaterThan(routes.length * 20);
    expect(wrong).toEqual([]);
  });
});

describe('every API route, with text PostgreSQL cannot store, as the owner', () => {
  const fields = (res: LightMyRequestResponse): string[] =>
    res.statusCode === 400 && res.json().code === 'validation_failed'
      ? res.json().errors.map((e: { field: string }) => e.field)
      : [];

  it('refuses a NUL in the query with 400 naming the field', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: `${fill(route.url)}?q=a%00b`,
        headers: as(owner),
        ...(hasBody(route.method) ? { payload: {} } : {}),
      });
      if (!fields(res).includes('query.q'))
        wrong.push(`${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a NUL in each path parameter with 400 naming it', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      for (const [param, name] of route.url.matchAll(/:([A-Za-z]+)/g)) {
        const url = fill(route.url.replace(param, '%00'));
        const res = await t.app.inject({
          method: route.method as 'GET',
          url,
          headers: as(owner),
          ...(hasBody(route.method) ? { payload: {} } : {}),
        });
        if (!fields(res).includes(`params.${name}`))
          wrong.push(`${route.method} ${url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a NUL or an unpaired surrogate anywhere in the body, keys included, with 400 naming each', async () => {
    const payload = {
      title: 'a\u0000b',
      nested: { list: ['fine', 'x\uD800'], 'key\u0000': 1 },
      '\uDFFF': 'lone low surrogate',
    };
    const expected = ['body.title', 'body.nested.list.1', 'body.nested.key\\u0000', 'body.\\udfff'].sort();
    const wrong: string[] = [];
    for (const route of routes.filter((r) => hasBody(r.method))) {
      const res = await t.app.inject({
        method: route.method as 'POST',
        url: fill(route.url),
        headers: as(owner),
        payload,
      });
      const named = fields(res).sort();
      if (JSON.stringify(named) !== JSON.stringify(expected))
        wrong.push(`${route.method} ${route.url}: ${res.statusCode} ${res.body.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a NUL in the workspace header before looking the workspace up', async () => {
    for (const route of routes.slice(0, 10)) {
      const res = await t.app.inject({
        method: route.method as 'GET',
        url: fill(route.url),
        headers: { ...as(owner), 'x-cocreate-workspace': 'home\u0000' },
      });
      expect(`${route.method} ${route.url}: ${fields(res)}`).toBe(
        `${route.method} ${route.url}: headers.x-cocreate-workspace`,
      );
    }
  });

  it('still answers the owner normally afterwards', async () => {
    const me = await t.app.inject({ url: '/api/v1/me', headers: as(owner) });
    expect(me.statusCode).toBe(200);
  });
});
