// The platform's guard, without the identity module: only routes that say they are public answer,
// however their path is spelt.
import type { FastifyPluginAsync } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import type { CocreateModule } from '../module.js';

const routes: FastifyPluginAsync = async (app) => {
  app.get('/open', { config: { access: 'public' } }, async () => ({ ok: true }));
  app.get('/undeclared', async () => ({ ok: true }));
  app.get('/members-only', { config: { access: 'signed_in' } }, async () => ({ ok: true }));
  app.post('/staff-only', { config: { access: { permission: 'members.manage' } } }, async () => ({ ok: true }));
};
const probeModule: CocreateModule = { name: 'probe', routes };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp([probeModule]);
});
afterAll(() => t.close());

describe('the access guard', () => {
  it('answers public routes and refuses every other when no access check let the request in', async () => {
    expect((await t.app.inject({ url: '/api/v1/open' })).json()).toEqual({ ok: true });
    for (const [method, url] of [
      ['GET', '/api/v1/undeclared'],
      ['GET', '/api/v1/members-only'],
      ['POST', '/api/v1/staff-only'],
    ] as const) {
      for (const spelling of [
        url,
        url.replace('/api/', '/%61pi/'),
        url.replace(/.$/, (c) => `%${c.charCodeAt(0).toString(16)}`),
      ]) {
        const res = await t.app.inject({ method, url: spelling, payload: method === 'POST' ? {} : undefined });
        expect(`${method} ${spelling} ${res.statusCode}`).toBe(`${method} ${spelling} 403`);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('forbidden');
      }
    }
    // The HEAD route Fastify adds for each GET carries the same rule.
    expect((await t.app.inject({ method: 'HEAD', url: '/%61pi/v1/members-only' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'HEAD', url: '/api/v1/open' })).statusCode).toBe(200);
  });

  it('declares the platform routes public: health, metrics, the OpenAPI document and the docs', async () => {
    for (const url of [
      '/healthz',
      '/readyz',
      '/metrics',
      '/api/v1/openapi.json',
      '/api/docs/',
      '/api/docs/static/index.css',
    ]) {
      const res = await t.app.inject({ url });
      expect(`${url} ${res.statusCode}`).toBe(`${url} 200`);
    }
  });
});
