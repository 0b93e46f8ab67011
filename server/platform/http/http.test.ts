import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createNotesTable, notesModule } from '../../test-support/notes-module.js';

let t: TestApp;
const ws = '01900000-0000-7000-8000-0000000000aa';
const other = '01900000-0000-7000-8000-0000000000bb';

beforeAll(async () => {
  t = await createTestApp([notesModule], { BODY_LIMIT_BYTES: '2048' });
  await createNotesTable(t.database.db);
});
afterAll(() => t.close());

describe('HTTP conventions', () => {
  it('answers bad input with problem+json naming the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/v1/workspaces/${ws}/notes`, payload: { body: '' } });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', title: 'Bad Request' });
    expect(problem.errors).toEqual([{ field: 'body.body', message: expect.any(String) }]);
    expect(problem.requestId).toBe(res.headers['x-request-id']);
  });

  it('names a bad path parameter too', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/workspaces/not-a-uuid/notes' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].field).toBe('params.workspaceId');
  });

  it('gives stable codes for malformed JSON, oversized bodies and unknown routes', async () => {
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ws}/notes`,
      headers: { 'content-type': 'application/json' },
      payload: '{"body":',
    });
    expect(malformed.json()).toMatchObject({ status: 400, code: 'malformed_json' });
    const large = await t.app.inject({
      method: 'POST',
      url: `/api/v1/workspaces/${ws}/notes`,
      payload: { body: 'x'.repeat(5000) },
    });
    expect(large.json()).toMatchObject({ status: 413, code: 'payload_too_large' });
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.json()).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('writes through a command, scoped to the workspace, with cursor pagination', async () => {
    for (const body of ['一', '二', '三']) {
      const res = await t.app.inject({ method: 'POST', url: `/api/v1/workspaces/${ws}/notes`, payload: { body } });
      expect(res.statusCode).toBe(201);
    }
    await t.app.inject({ method: 'POST', url: `/api/v1/workspaces/${other}/notes`, payload: { body: 'other' } });
    const first = (await t.app.inject({ url: `/api/v1/workspaces/${ws}/notes?limit=2` })).json();
    expect(first.items.map((n: { body: string }) => n.body)).toEqual(['一', '二']);
    const second = (
      await t.app.inject({ url: `/api/v1/workspaces/${ws}/notes?limit=2&cursor=${first.nextCursor}` })
    ).json();
    expect(second).toMatchObject({ items: [{ body: '三' }], nextCursor: null });
    const tampered = await t.app.inject({ url: `/api/v1/workspaces/${ws}/notes?cursor=abc` });
    expect(tampered.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'query.cursor' }] });
    const events = await t.database.db
      .selectFrom('platform_events')
      .select(['name', 'workspace_id'])
      .where('name', '=', 'test.note.written')
      .execute();
    expect(events.filter((e) => e.workspace_id === ws)).toHaveLength(3);
  });

  it('sends security headers with a real CSP and echoes a sane request id', async () => {
    const res = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBe('trace-123');
    const odd = await t.app.inject({ url: '/healthz', headers: { 'x-request-id': '<script>' } });
    expect(odd.headers['x-request-id']).not.toBe('<script>');
  });

  it('publishes the OpenAPI 3.1 document and readable docs', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/workspaces/{workspaceId}/notes'].post.requestBody).toBeDefined();
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('serves health, readiness and Prometheus metrics', async () => {
    expect((await t.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' });
    const metrics = await t.app.inject({ url: '/metrics' });
    expect(metrics.body).toContain('cocreate_http_request_duration_seconds_bucket');
    expect(metrics.body).toMatch(/cocreate_jobs\{status="dead"\} 0/);
  });
});

describe('rate limiting', () => {
  it('answers 429 problem+json past the limit', async () => {
    const limited = await createTestApp([], { RATE_LIMIT_PER_MINUTE: '3' });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.app.inject({ url: '/api/v1/openapi.json' })).statusCode);
      expect((await limited.app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const res = await limited.app.inject({ url: '/api/v1/openapi.json' });
      expect(res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
      // The limit follows the route the router matched, however its path is spelt.
      for (const url of ['/%61pi/v1/openapi.json', '/api/v1/%6fpenapi.json', '/api/v1/openapi.json?']) {
        expect((await limited.app.inject({ url })).json()).toMatchObject({ status: 429, code: 'rate_limited' });
      }
    } finally {
      await limited.close();
    }
  });
});
