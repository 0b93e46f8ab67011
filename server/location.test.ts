import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from './modules/index.js';
import { createTestApp, type TestApp } from './test-support/app.js';
import { as, setUpWorkspace, type Session } from './test-support/identity.js';
import { createOpenSurvey, sampleSurvey } from './test-support/surveys.js';

// Location on 201 answers (platform/http/location.ts), on the real routes.
let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'located');
});
afterAll(() => t.close());

describe('a 201 answer', () => {
  it('says in Location where the new resource is read, and reading it there gives it', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: as(owner),
      payload: {
        type: 'question',
        subject: '保修多久',
        description: '想问问',
        customer: { email: 'a@example.com', name: '阿' },
      },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    expect(created.headers.location).toBe(`/api/v1/cases/${id}`);
    const read = await t.app.inject({ url: created.headers.location as string, headers: as(owner) });
    expect(read.statusCode).toBe(200);
    expect(read.json().id).toBe(id);
  });

  it('points where the API reference says when the new thing lives under another path', async () => {
    const survey = await createOpenSurvey(t.app, owner, sampleSurvey('located'));
    const started = await t.app.inject({
      method: 'POST',
      url: `/api/v1/s/${survey.slug}/responses`,
      headers: as(null),
      payload: {},
    });
    expect(started.statusCode).toBe(201);
    expect(started.headers.location).toBe(`/api/v1/survey-responses/${started.json().id}`);
  });

  it('has no Location where nothing reads the new thing by id, and the document says which have one', async () => {
    const key = await t.app.inject({
      method: 'POST',
      url: '/api/v1/api-keys',
      headers: as(owner),
      payload: { name: 'CRM', scopes: ['read'] },
    });
    expect(key.statusCode).toBe(201);
    expect(key.headers.location).toBeUndefined();
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/cases'].post.responses['201'].headers.Location).toEqual({
      $ref: '#/components/headers/Location',
    });
    expect(doc.paths['/api/v1/api-keys'].post.responses['201'].headers?.Location).toBeUndefined();
  });
});
