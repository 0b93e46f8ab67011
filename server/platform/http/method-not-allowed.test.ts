import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.js';
import { testConfig } from '../../test-support/app.js';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import { notesModule } from '../../test-support/notes-module.js';
import type { CocreateModule } from '../module.js';

/** A path that only takes POST. */
const pings: CocreateModule = {
  name: 'pings',
  routes: async (app) => {
    app.post('/pings', { config: { access: 'public' } }, async () => ({ ok: true }));
  },
};

const ws = '01900000-0000-7000-8000-0000000000aa';
const notes = `/api/v1/workspaces/${ws}/notes`;

// Both with and without the built web app: its catch-all route answers every GET the API's
// routes do not, so a wrong method must be told apart there too.
describe.each([
  ['without the web app', false],
  ['with the web app', true],
])('a wrong method on a known path (%s)', (_label, withWeb) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    const webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-web-'));
    if (withWeb) fs.writeFileSync(path.join(webRoot, 'index.html'), '<!doctype html><title>Cocreate</title>');
    database = await createTestDatabase();
    app = await buildApp({ config: testConfig(), database, modules: [notesModule, pings], webRoot });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('is 405 problem+json with Allow listing the methods the path has', async () => {
    const res = await app.inject({ method: 'DELETE', url: notes });
    expect(res.statusCode).toBe(405);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers.allow).toBe('GET, HEAD, POST');
    expect(res.json()).toMatchObject({ status: 405, code: 'method_not_allowed', title: 'Method Not Allowed' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('is told apart for a GET on a path that only takes POST, however the path is spelt', async () => {
    const get = await app.inject({ method: 'GET', url: '/api/v1/pings' });
    expect(get.statusCode).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expect((await app.inject({ method: 'POST', url: '/api/v1/pings' })).statusCode).toBe(200);
    const encoded = await app.inject({ method: 'PUT', url: `/%61pi/v1/workspaces/${ws}/notes?limit=1` });
    expect(encoded.statusCode).toBe(405);
    expect(encoded.headers.allow).toBe('GET, HEAD, POST');
  });

  it('leaves unknown paths at 404', async () => {
    for (const url of [`/api/v1/workspaces/${ws}/notes/x`, '/api/v1/nothing']) {
      expect((await app.inject({ method: 'PUT', url })).statusCode).toBe(404);
    }
    const res = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    expect(res.headers.allow).toBeUndefined();
  });
});

describe('validation error fields', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildApp({ config: testConfig(), database, modules: [notesModule], webRoot: '/nonexistent' });
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('start with body., query., params. or headers.', async () => {
    const field = async (url: string, method: 'GET' | 'POST' = 'GET', payload?: object) =>
      (await app.inject({ method, url, payload })).json().errors[0].field;
    expect(await field(`${notes}?limit=0`)).toBe('query.limit');
    expect(await field('/api/v1/workspaces/x/notes')).toBe('params.workspaceId');
    expect(await field(notes, 'POST', { body: 1 })).toBe('body.body');
  });
});
