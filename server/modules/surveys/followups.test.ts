import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createStaff, inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { answer, createOpenSurvey, deliver, sampleSurvey } from './test-support.js';

let t: TestApp;
let owner: Session;
let agent: Session;
let customer: Session;
let survey: { id: string; slug: string };

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'loop');
  agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'loop', 'agent');
  customer = await signUpCustomer(t.app, 'unhappy@loop.example');
  survey = await createOpenSurvey(t.app, owner, sampleSurvey('loop'));
});
afterAll(async () => t.close());

const events = (name: string) => t.database.db.selectFrom('platform_events').selectAll().where('name', '=', name).execute();

describe('closing the loop', () => {
  it('a detractor and an unhappy CSAT open follow-ups and record surveys.detractor.detected', async () => {
    await answer(t.app, customer, survey.slug, { nps: 4, csat: 2, why: '等了三天才上门' });
    await answer(t.app, null, survey.slug, { nps: 9, csat: 5 });
    await deliver(t.database.db);
    const list = (await inject(t.app, agent, { method: 'GET', url: '/api/v1/survey-followups?status=open' })).json();
    expect(list.items.map((f: { kind: string }) => f.kind).sort()).toEqual(['detractor', 'low_csat']);
    const detractor = list.items.find((f: { kind: string }) => f.kind === 'detractor');
    expect(detractor).toMatchObject({ score: 4, comment: '等了三天才上门', customer: { id: customer.userId } });
    const detected = await events('surveys.detractor.detected');
    expect(detected).toHaveLength(2);
    expect(detected[0]!.customer_id).toBe(customer.userId);
    // Delivering again opens nothing twice.
    await deliver(t.database.db);
    expect(await events('surveys.detractor.detected')).toHaveLength(2);
  });

  it('is assigned, annotated and closed with an outcome (surveys.followup.closed)', async () => {
    const [f] = (await inject(t.app, agent, { method: 'GET', url: '/api/v1/survey-followups?status=open' })).json().items.filter((x: { kind: string }) => x.kind === 'detractor');
    const assignees = (await inject(t.app, agent, { method: 'GET', url: '/api/v1/survey-followups/assignees' })).json().items;
    expect(assignees.some((a: { id: string }) => a.id === agent.userId)).toBe(true);
    const assigned = await inject(t.app, agent, { method: 'PATCH', url: `/api/v1/survey-followups/${f.id}`, payload: { assigneeId: agent.userId, note: '已致电，约好周六上门' } });
    expect(assigned.json()).toMatchObject({ assignee: { id: agent.userId }, notes: [{ body: '已致电，约好周六上门' }] });
    expect((await inject(t.app, agent, { method: 'PATCH', url: `/api/v1/survey-followups/${f.id}`, payload: { assigneeId: customer.userId } })).statusCode).toBe(400);
    expect((await inject(t.app, agent, { method: 'PATCH', url: `/api/v1/survey-followups/${f.id}`, payload: { close: true } })).json().errors[0].field).toBe('body.outcome');
    const closed = await inject(t.app, agent, { method: 'PATCH', url: `/api/v1/survey-followups/${f.id}`, payload: { outcome: 'resolved', close: true } });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'resolved' });
    const [event] = await events('surveys.followup.closed');
    expect(event).toMatchObject({ customer_id: customer.userId, payload: { followupId: f.id, outcome: 'resolved' } });
    expect((await inject(t.app, customer, { method: 'GET', url: '/api/v1/survey-followups' })).statusCode).toBe(403);
  });

  it('shows the movement when the customer answers again, and the share recovered', async () => {
    await answer(t.app, customer, survey.slug, { nps: 9 });
    await deliver(t.database.db);
    const list = (await inject(t.app, agent, { method: 'GET', url: '/api/v1/survey-followups?status=closed' })).json();
    expect(list.items[0].nextResponse.score).toBe(9);
    const recovery = (await inject(t.app, agent, { method: 'GET', url: `/api/v1/survey-followups/recovery?surveyId=${survey.id}` })).json();
    expect(recovery).toMatchObject({ detractors: 1, answeredAgain: 1, recovered: 1, recoveredShare: 1, movement: { promoter: 1 }, outcomes: { resolved: 1 }, open: 1, closed: 1 });
  });
});
