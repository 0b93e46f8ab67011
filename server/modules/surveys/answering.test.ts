import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { answer, createOpenSurvey, deliver, sampleSurvey } from '../../test-support/surveys.js';

let t: TestApp;
let owner: Session;
let survey: { id: string; slug: string };

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'answering');
  survey = await createOpenSurvey(t.app, owner, sampleSurvey('repair'));
});
afterAll(async () => t.close());

describe('building a survey', () => {
  it('refuses questions without both languages, duplicate ids and backwards branches', async () => {
    const bad = sampleSurvey('bad');
    bad.questions[0] = { ...bad.questions[0]!, title: { en: 'x', 'zh-CN': '' } };
    const res = await inject(t.app, owner, { method: 'POST', url: '/api/v1/surveys', payload: bad });
    expect(res.statusCode).toBe(400);
    const backwards = sampleSurvey('back');
    backwards.questions[1] = { ...backwards.questions[1]!, branches: [{ when: { op: 'eq', value: 1 }, goTo: 'nps' }] };
    expect(
      (await inject(t.app, owner, { method: 'POST', url: '/api/v1/surveys', payload: backwards })).statusCode,
    ).toBe(400);
  });

  it('a draft is not answerable; the slug is unique', async () => {
    const draft = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/surveys',
      payload: sampleSurvey('draft-one'),
    });
    expect(draft.statusCode).toBe(201);
    expect((await inject(t.app, null, { method: 'GET', url: '/api/v1/s/draft-one' })).statusCode).toBe(404);
    expect(
      (
        await inject(t.app, owner, { method: 'POST', url: '/api/v1/surveys', payload: sampleSurvey('draft-one') })
      ).json().code,
    ).toBe('slug_taken');
  });

  it('staff other than admins cannot build; customers cannot read results', async () => {
    const customer = await signUpCustomer(t.app, 'reader@answering.example');
    expect(
      (await inject(t.app, customer, { method: 'POST', url: '/api/v1/surveys', payload: sampleSurvey('nope') }))
        .statusCode,
    ).toBe(403);
    expect(
      (await inject(t.app, customer, { method: 'GET', url: `/api/v1/surveys/${survey.id}/summary` })).statusCode,
    ).toBe(403);
  });
});

describe('answering', () => {
  it('saves partial answers, resumes them, and completes along the branch path', async () => {
    const started = await inject(t.app, null, {
      method: 'POST',
      url: `/api/v1/s/${survey.slug}/responses`,
      payload: { locale: 'en', channel: 'link', touchpoint: 'after-repair' },
    });
    expect(started.statusCode).toBe(201);
    const { id, token } = started.json();
    const saved = await inject(t.app, null, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${id}`,
      payload: { token, answers: { nps: 3, why: '师傅迟到了两个小时' } },
    });
    expect(saved.json().status).toBe('in_progress');
    const resumed = await inject(t.app, null, { method: 'GET', url: `/api/v1/survey-responses/${id}?token=${token}` });
    expect(resumed.json().answers).toEqual({ nps: 3, why: '师傅迟到了两个小时' });
    expect(
      (await inject(t.app, null, { method: 'GET', url: `/api/v1/survey-responses/${id}?token=${'x'.repeat(32)}` }))
        .statusCode,
    ).toBe(404);
    const wrong = await inject(t.app, null, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${id}`,
      payload: { token, answers: { nps: 11 } },
    });
    expect(wrong.json().errors[0].field).toBe('body.answers.nps');
    const kano = await inject(t.app, null, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${id}`,
      payload: { token, answers: { 'kano-quiet': { functional: 1 } } },
    });
    expect(kano.statusCode).toBe(400);
    const done = await inject(t.app, null, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${id}`,
      payload: { token, answers: { 'kano-quiet': { functional: 1, dysfunctional: 5 } }, complete: true },
    });
    expect(done.json().status).toBe('completed');
    expect(
      (
        await inject(t.app, null, {
          method: 'PUT',
          url: `/api/v1/survey-responses/${id}`,
          payload: { token, answers: {} },
        })
      ).json().code,
    ).toBe('response_completed');
  });

  it('requires the required questions on the path, and drops answers a branch skipped', async () => {
    const branching = await createOpenSurvey(
      t.app,
      owner,
      sampleSurvey('branching', {
        questions: [
          {
            id: 'nps',
            type: 'nps',
            title: { en: 'NPS', 'zh-CN': '推荐' },
            required: true,
            branches: [{ when: { op: 'gte', value: 9 }, goTo: 'end' }],
          },
          { id: 'why', type: 'text', title: { en: 'Why?', 'zh-CN': '为什么？' }, required: true, branches: [] },
        ],
      }),
    );
    const started = (
      await inject(t.app, null, { method: 'POST', url: `/api/v1/s/${branching.slug}/responses`, payload: {} })
    ).json();
    const missing = await inject(t.app, null, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${started.id}`,
      payload: { token: started.token, answers: { nps: 5 }, complete: true },
    });
    expect(missing.json().errors[0].field).toBe('body.answers.why');
    const promoter = await inject(t.app, null, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${started.id}`,
      payload: { token: started.token, answers: { nps: 10, why: 'skipped' }, complete: true },
    });
    expect(promoter.json().answers).toEqual({ nps: 10 });
  });

  it('a signed-in customer resumes their own unfinished response', async () => {
    const customer = await signUpCustomer(t.app, 'resume@answering.example');
    const first = (
      await inject(t.app, customer, { method: 'POST', url: `/api/v1/s/${survey.slug}/responses`, payload: {} })
    ).json();
    await inject(t.app, customer, {
      method: 'PUT',
      url: `/api/v1/survey-responses/${first.id}`,
      payload: { token: first.token, answers: { nps: 8 } },
    });
    const again = (
      await inject(t.app, customer, { method: 'POST', url: `/api/v1/s/${survey.slug}/responses`, payload: {} })
    ).json();
    expect(again.id).toBe(first.id);
    expect(again.answers).toEqual({ nps: 8 });
  });

  it('stops at the quota and outside the open dates', async () => {
    const small = await createOpenSurvey(t.app, owner, sampleSurvey('quota', { quota: 1 }));
    await answer(t.app, null, small.slug, { nps: 9 });
    const closed = await inject(t.app, null, { method: 'POST', url: `/api/v1/s/${small.slug}/responses`, payload: {} });
    expect(closed.json().code).toBe('survey_closed');
    const later = await createOpenSurvey(
      t.app,
      owner,
      sampleSurvey('later', { opensAt: new Date(Date.now() + 86_400_000).toISOString() }),
    );
    expect((await inject(t.app, null, { method: 'GET', url: `/api/v1/s/${later.slug}` })).json().closedReason).toMatch(
      /not opened/,
    );
  });

  it('keeps what a customer writes inert: stored and returned as plain text, never HTML', async () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const id = await answer(t.app, null, survey.slug, { nps: 2, why: payload });
    await deliver(t.database.db);
    const list = (
      await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/responses?limit=100` })
    ).json();
    const item = list.items.find((r: { id: string }) => r.id === id);
    expect(item.answers.why).toBe(payload);
    expect(JSON.stringify(item)).not.toContain('Html');
    const csv = await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/responses.csv` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('onerror=alert(2)');
    // The widget frame is the one framable page and carries no customer text at all.
    const frame = await inject(t.app, null, { method: 'GET', url: '/api/v1/survey-widget/frame' });
    expect(frame.headers['content-security-policy']).toContain("script-src 'self'");
    expect(frame.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(frame.headers['x-frame-options']).toBeUndefined();
  });
});
