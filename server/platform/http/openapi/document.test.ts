import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createTestApp, type TestApp } from '../../../test-support/app.js';
import type { CocreateModule } from '../../module.js';

// A module of its own, so that the document's finishing can be seen on routes made for it.
const routes: FastifyPluginAsyncZod = async (app) => {
  const pub = { access: 'public' } as const;
  app.get('/gadgets', { config: pub, schema: { response: { 200: z.object({ items: z.array(z.string()) }) } } }, () => ({
    items: [],
  }));
  app.get(
    '/gadgets/:id',
    { config: pub, schema: { operationId: 'fetchGadget', params: z.object({ id: z.string() }) } },
    () => ({}),
  );
};
const gadgets: CocreateModule = { name: 'identity', routes };

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp([gadgets]);
});
afterAll(() => t.close());

describe("the document's finishing", () => {
  it('names operations by the rule unless the route names itself', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/gadgets'].get.operationId).toBe('listGadgets');
    expect(doc.paths['/api/v1/gadgets/{id}'].get.operationId).toBe('fetchGadget');
  });

  it("gives an untagged route its module's first tag", async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/gadgets'].get.tags).toEqual(['Authentication']);
    expect(doc.tags).toEqual([{ name: 'Authentication', description: expect.any(String) }]);
  });
});
