import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from './modules/index.js';
import { TIMESTAMP_NAME } from './platform/http/openapi/formats.js';
import { createTestApp, type TestApp } from './test-support/app.js';
import { as, setUpWorkspace, type Session } from './test-support/identity.js';

// What the OpenAPI document promises about headers, formats and CORS, checked on real answers.
let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'conventions');
});
afterAll(() => t.close());

/** Every timestamp-named string in a JSON value, with where it is. */
function timestamps(value: unknown, where = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => timestamps(v, `${where}.${i}`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]): [string, string][] =>
    TIMESTAMP_NAME.test(k) && typeof v === 'string' ? [[`${where}.${k}`, v]] : timestamps(v, `${where}.${k}`),
  );
}

describe('answers of the API', () => {
  it('write every timestamp as an RFC 3339 date-time', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: as(owner),
      payload: {
        type: 'repair',
        subject: '空调异响',
        description: '夜里响',
        customer: { email: 'z@example.com', name: '张' },
      },
    });
    const answers = [
      created.json(),
      (await t.app.inject({ url: '/api/v1/cases', headers: as(owner) })).json(),
      (await t.app.inject({ url: `/api/v1/cases/${created.json().id}/history`, headers: as(owner) })).json(),
      (await t.app.inject({ url: '/api/v1/audit-log', headers: as(owner) })).json(),
    ];
    const found = answers.flatMap((a) => timestamps(a));
    expect(found.length).toBeGreaterThan(5);
    for (const [where, value] of found)
      expect(value, where).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/);
  });

  it('send CSV downloads as text/csv, and the rate-limit headers the document names', async () => {
    const csv = await t.app.inject({
      url: '/api/v1/cases/reports.csv?from=2026-01-01&to=2026-01-31',
      headers: as(owner),
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    for (const name of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'])
      expect(csv.headers[name], name).toMatch(/^\d+$/);
  });

  it('grant no other origin a CORS preflight or a readable answer', async () => {
    const origin = 'https://elsewhere.example';
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/ideas',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-requested-with',
      },
    });
    expect(preflight.statusCode).toBeGreaterThanOrEqual(400);
    const read = await t.app.inject({ url: '/api/v1/ideas', headers: { origin } });
    for (const res of [preflight, read]) {
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    }
  });
});
