import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from './modules/index.js';
import { createTestApp, type TestApp } from './test-support/app.js';
import { as, setUpWorkspace, type Session } from './test-support/identity.js';

// Request bodies are strict everywhere (platform/http/strict-bodies.ts): seen on real routes.
let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'strict');
});
afterAll(() => t.close());

describe('a request body with a field the operation does not take', () => {
  it('is refused with 400 validation_failed naming the field, and changes nothing', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: as(owner),
      payload: {
        type: 'complaint',
        subject: '洗衣机漏水',
        description: '底部漏水',
        customer: { email: 'li@example.com', name: '李雷' },
      },
    });
    expect(created.statusCode).toBe(201);
    const id: string = created.json().id;
    const before = created.json().priority;

    const misspelt = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${id}`,
      headers: as(owner),
      payload: { priorty: 'low' },
    });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'body.priorty', message: 'is not a field this operation takes' }],
    });
    const after = await t.app.inject({ url: `/api/v1/cases/${id}`, headers: as(owner) });
    expect(after.json().priority).toBe(before);

    const spelt = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/cases/${id}`,
      headers: as(owner),
      payload: { priority: 'low' },
    });
    expect(spelt.statusCode).toBe(200);
    expect(spelt.json().priority).toBe('low');
  });

  it('is refused in a nested object too, and the document says bodies take no other fields', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: as(owner),
      payload: {
        type: 'complaint',
        subject: 's',
        description: 'd',
        customer: { email: 'li@example.com', name: '李雷', phone: '123' },
      },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'body.customer.phone', message: expect.any(String) }]);
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const body = doc.paths['/api/v1/cases'].post.requestBody.content['application/json'].schema;
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.customer.additionalProperties).toBe(false);
  });
});
