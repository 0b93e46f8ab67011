// What reaches the HTTP edge before a route's own code: odd paths, odd bodies, odd bytes. Every
// answer is problem+json with a stable code and the request id, never a 500 or plain JSON.
import net from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createNotesTable, notesModule } from '../../test-support/notes-module.js';
import { MAX_INPUT_DEPTH } from './input-guard.js';

let t: TestApp;
const ws = '01900000-0000-7000-8000-0000000000aa';
const notes = `/api/v1/workspaces/${ws}/notes`;

beforeAll(async () => {
  t = await createTestApp([notesModule], { BODY_LIMIT_BYTES: '65536' });
  await createNotesTable(t.database.db);
});
afterAll(() => t.close());

function expectProblem(res: LightMyRequestResponse, status: number, code: string) {
  expect(`${res.statusCode} ${res.headers['content-type']}`).toBe(`${status} application/problem+json; charset=utf-8`);
  const problem = res.json();
  expect(problem).toMatchObject({ status, code });
  expect(problem.requestId).toBe(res.headers['x-request-id']);
  expect(problem.requestId).toEqual(expect.any(String));
  return problem;
}

describe('router errors', () => {
  it('answers a path that is not valid percent-encoding with problem+json', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/%zz' }), 400, 'bad_url');
    expectProblem(await t.app.inject({ url: `/api/v1/workspaces/%zz/notes` }), 400, 'bad_url');
    // A lone surrogate cannot be percent-encoded as UTF-8: these bytes are not UTF-8.
    expectProblem(await t.app.inject({ url: `/api/v1/workspaces/%ED%A0%80/notes` }), 400, 'bad_url');
  });

  it('answers a path parameter longer than the router takes with 414 problem+json', async () => {
    expectProblem(await t.app.inject({ url: `/api/v1/workspaces/${'a'.repeat(500)}/notes` }), 414, 'uri_too_long');
  });

  it('answers unknown routes with 404 and unknown methods of a known path with 405 problem+json', async () => {
    expectProblem(await t.app.inject({ url: '/api/v1/nothing-here' }), 404, 'not_found');
    expectProblem(await t.app.inject({ url: '/nothing-here' }), 404, 'not_found');
    for (const method of ['PUT', 'PROPFIND']) {
      const res = await t.app.inject({ method: method as 'PUT', url: notes, payload: {} });
      expectProblem(res, 405, 'method_not_allowed');
      expect(res.headers.allow).toBe('GET, HEAD, POST');
    }
  });
});

describe('odd bodies', () => {
  const post = (payload: string, contentType = 'application/json') =>
    t.app.inject({ method: 'POST', url: notes, headers: { 'content-type': contentType }, payload });

  it('refuses malformed JSON, an empty JSON body and an unknown content type', async () => {
    expectProblem(await post('{"body":'), 400, 'malformed_json');
    expectProblem(await post('{"body": "a", "__proto__": {"x": 1}}'), 400, 'malformed_json');
    expectProblem(await post(''), 400, 'malformed_json');
    // Fastify reads text/plain as a string, which no route's body schema takes.
    expectProblem(await post('body=x', 'text/plain'), 400, 'validation_failed');
    expectProblem(await post('body=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
  });

  it('refuses a body larger than the limit', async () => {
    expectProblem(await post(JSON.stringify({ body: 'x'.repeat(70_000) })), 413, 'payload_too_large');
  });

  it('refuses bodies nested 10,000 levels deep, closed or not, quickly', async () => {
    const started = Date.now();
    expectProblem(await post('['.repeat(10_000)), 400, 'malformed_json');
    const arrays = expectProblem(await post('['.repeat(10_000) + ']'.repeat(10_000)), 400, 'validation_failed');
    expect(arrays.errors[0].message).toBe(`is nested deeper than ${MAX_INPUT_DEPTH} levels`);
    const objects = expectProblem(
      await post(`{"body":"x","extra":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`),
      400,
      'validation_failed',
    );
    expect(objects.errors[0].field).toBe(`body.extra${'.a'.repeat(MAX_INPUT_DEPTH - 1)}`);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('still takes a body nested as deep as the limit allows', async () => {
    let nested: unknown = 'leaf';
    for (let i = 1; i < MAX_INPUT_DEPTH; i++) nested = [nested];
    const res = await t.app.inject({ method: 'POST', url: notes, payload: { body: 'ok', extra: nested } });
    // Past the depth guard; only the strict body schema refuses the field it does not take.
    expect(expectProblem(res, 400, 'validation_failed').errors).toEqual([
      { field: 'body.extra', message: 'is not a field this operation takes' },
    ]);
  });
});

describe('text PostgreSQL cannot store', () => {
  it('names a NUL or an unpaired surrogate anywhere in the body, keys included', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: notes,
      payload: { body: 'a\u0000b', deep: { list: ['fine 🙂', '\uD800'], 'key\u0000': 1, '\uDC00': 2 } },
    });
    const problem = expectProblem(res, 400, 'validation_failed');
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual(
      ['body.body', 'body.deep.list.1', 'body.deep.key\\u0000', 'body.deep.\\udc00'].sort(),
    );
    expect(res.body).not.toContain('\u0000');
    expect(await t.database.db.selectFrom('test_notes').select('id').where('body', 'like', 'a%b').execute()).toEqual(
      [],
    );
  });

  it('names a NUL in the query, a path parameter and a header', async () => {
    const query = expectProblem(await t.app.inject({ url: `${notes}?cursor=%00` }), 400, 'validation_failed');
    expect(query.errors).toEqual([{ field: 'query.cursor', message: expect.stringContaining('NUL') }]);
    const params = expectProblem(await t.app.inject({ url: '/api/v1/workspaces/%00/notes' }), 400, 'validation_failed');
    expect(params.errors).toEqual([{ field: 'params.workspaceId', message: expect.stringContaining('NUL') }]);
    const refused = await t.app.inject({ url: notes, headers: { 'x-cocreate-workspace': 'home\u0000' } });
    expect(refused.headers['x-content-type-options']).toBe('nosniff');
    const header = expectProblem(refused, 400, 'validation_failed');
    expect(header.errors).toEqual([{ field: 'headers.x-cocreate-workspace', message: expect.stringContaining('NUL') }]);
  });

  it('keeps every other character, astral planes included', async () => {
    const body = '共创 🙂 \u200b\u00a0\uFEFF\u0001\u001f\uFFFF end';
    const res = await t.app.inject({ method: 'POST', url: notes, payload: { body } });
    expect(res.statusCode).toBe(201);
    expect(res.json().body).toBe(body);
  });
});

describe('requests Node refuses before Fastify sees them', () => {
  it('answers with problem+json on the wire', async () => {
    const bare = await createTestApp([]);
    const app = bare.app;
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = app.server.address() as net.AddressInfo;
      const raw = (request: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = net.connect(port, '127.0.0.1', () => socket.write(request));
          let text = '';
          socket.on('data', (chunk) => (text += chunk.toString('latin1')));
          socket.on('close', () => resolve(text));
          socket.on('error', reject);
        });
      const garbage = await raw('NOT HTTP AT ALL\r\n\r\n');
      expect(garbage).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      expect(garbage).toContain('Content-Type: application/problem+json');
      const id = /x-request-id: (\S+)/.exec(garbage)?.[1];
      expect(JSON.parse(garbage.split('\r\n\r\n')[1]!)).toMatchObject({
        status: 400,
        code: 'bad_request',
        requestId: id,
      });
      const huge = await raw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(huge).toMatch(/^HTTP\/1\.1 431 /);
      expect(JSON.parse(huge.split('\r\n\r\n')[1]!)).toMatchObject({ status: 431, code: 'headers_too_large' });
    } finally {
      await bare.close();
    }
  });
});
