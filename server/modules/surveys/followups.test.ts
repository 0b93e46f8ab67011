import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/ids.js';
import { modules } from '../index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createStaff, inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { answer, createOpenSurvey, deliver, sampleSurvey } from '../../test-support/surveys.js';

let t: TestApp;
let owner: Session;
let agent: Session;

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'loop');
  agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'loop', 'agent');
});
afterAll(async () => t.close());

/** The events of one name whose payload has the given field, e.g. the test's own survey. */
const events = async (name: string, field: string, value: string) =>
  (await t.database.db.selectFrom('platform_events').selectAll().where('name', '=', name).execute()).filter(
    (e) => (e.payload as Record<string, unknown>)[field] === value,
  );

/** A survey of the test's own, answered by an unhappy customer and by a happy anonymous one, with the events delivered. */
async function unhappyAnswers() {
  const suffix = newId().slice(-8);
  const customer = await signUpCustomer(t.app, `unhappy-${suffix}@loop.example`);
  const survey = await createOpenSurvey(t.app, owner, sampleSurvey(`loop-${suffix}`));
  await answer(t.app, customer, survey.slug, { nps: 4, csat: 2, why: '等了三天才上门' });
  await answer(t.app, null, survey.slug, { nps: 9, csat: 5 });
  await deliver(t.database.db);
  return { customer, survey };
}
const followups = async (survey: { id: string }, status: 'open' | 'closed') =>
  (
    await inject(t.app, agent, {
      method: 'GET',
      url: `/api/v1/survey-followups?status=${status}&surveyId=${survey.id}`,
    })
  ).json().items;

describe('closing the loop', () => {
  it('a detractor and an unhappy CSAT open follow-ups and record surveys.detractor.detected', async () => {
    const { customer, survey } = await unhappyAnswers();
    const open = await followups(survey, 'open');
    expect(open.map((f: { kind: string }) => f.kind).sort()).toEqual(['detractor', 'low_csat']);
    const detractor = open.find((f: { kind: string }) => f.kind === 'detractor');
    expect(detractor).toMatchObject({ score: 4, comment: '等了三天才上门', customer: { id: customer.userId } });
    const detected = await events('surveys.detractor.detected', 'surveyId', survey.id);
    expect(detected).toHaveLength(2);
    expect(detected[0]!.customer_id).toBe(customer.userId);
    // Delivering again opens nothing twice.
    await deliver(t.database.db);
    expect(await events('surveys.detractor.detected', 'surveyId', survey.id)).toHaveLength(2);
  });

  it('is assigned, annotated and closed with an outcome (surveys.followup.closed)', async () => {
    const { customer, survey } = await unhappyAnswers();
    const [f] = (await followups(survey, 'open')).filter((x: { kind: string }) => x.kind === 'detractor');
    const assignees = (await inject(t.app, agent, { method: 'GET', url: '/api/v1/survey-followups/assignees' })).json()
      .items;
    expect(assignees.some((a: { id: string }) => a.id === agent.userId)).toBe(true);
    const assigned = await inject(t.app, agent, {
      method: 'PATCH',
      url: `/api/v1/survey-followups/${f.id}`,
      payload: { assigneeId: agent.userId, note: '已致电，约好周六上门' },
    });
    expect(assigned.json()).toMatchObject({
      assignee: { id: agent.userId },
      notes: [{ body: '已致电，约好周六上门' }],
    });
    expect(
      (
        await inject(t.app, agent, {
          method: 'PATCH',
          url: `/api/v1/survey-followups/${f.id}`,
          payload: { assigneeId: customer.userId },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await inject(t.app, agent, {
          method: 'PATCH',
          url: `/api/v1/survey-followups/${f.id}`,
          payload: { close: true },
        })
      ).json().errors[0].field,
    ).toBe('body.outcome');
    const closed = await inject(t.app, agent, {
      method: 'PATCH',
      url: `/api/v1/survey-followups/${f.id}`,
      payload: { outcome: 'resolved', close: true },
    });
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'resolved' });
    const closedEvents = await events('surveys.followup.closed', 'followupId', f.id);
    expect(closedEvents).toHaveLength(1);
    expect(closedEvents[0]).toMatchObject({
      customer_id: customer.userId,
      payload: { followupId: f.id, outcome: 'resolved' },
    });
    expect((await inject(t.app, customer, { method: 'GET', url: '/api/v1/survey-followups' })).statusCode).toBe(403);
  });

  it('shows the movement when the customer answers again, and the share recovered', async () => {
    const { customer, survey } = await unhappyAnswers();
    const [f] = (await followups(survey, 'open')).filter((x: { kind: string }) => x.kind === 'detractor');
    expect(
      (
        await inject(t.app, agent, {
          method: 'PATCH',
          url: `/api/v1/survey-followups/${f.id}`,
          payload: { outcome: 'resolved', close: true },
        })
      ).json().status,
    ).toBe('closed');
    await answer(t.app, customer, survey.slug, { nps: 9 });
    await deliver(t.database.db);
    const closed = await followups(survey, 'closed');
    expect(closed).toHaveLength(1);
    expect(closed[0].nextResponse.score).toBe(9);
    const recovery = (
      await inject(t.app, agent, { method: 'GET', url: `/api/v1/survey-followups/recovery?surveyId=${survey.id}` })
    ).json();
    expect(recovery).toMatchObject({
      detractors: 1,
      answeredAgain: 1,
      recovered: 1,
      recoveredShare: 1,
      movement: { promoter: 1 },
      outcomes: { resolved: 1 },
      open: 1,
      closed: 1,
    });
  });
});
