import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../index.js';
import { record } from '../../platform/events/index.js';
import { withTransaction } from '../../platform/db/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, signUpCustomer, updatePerson, type Session } from '../../test-support/identity.js';
import { matchWidget } from './commands/match-widget.js';
import { answer, createOpenSurvey, deliver, sampleSurvey } from '../../test-support/surveys.js';

let t: TestApp;
let owner: Session;

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'reach');
});
afterAll(async () => t.close());

const mailsTo = async (to: string) =>
  (await t.database.db.selectFrom('platform_jobs').select('payload').where('name', '=', 'platform.mail.send').execute())
    .map((j) => j.payload as { to: string; text: string })
    .filter((m) => m.to === to && m.text.includes('/s/'));

describe('distribution within the contact budget', () => {
  it('email invitations: single-use personal links, one survey per person per budget, never to the opted out', async () => {
    const survey = await createOpenSurvey(t.app, owner, sampleSurvey('invite'));
    const customer = await signUpCustomer(t.app, 'li@reach.example');
    const first = (
      await inject(t.app, owner, {
        method: 'POST',
        url: `/api/v1/surveys/${survey.id}/invitations`,
        payload: { customerIds: [customer.userId], emails: ['new@reach.example'] },
      })
    ).json();
    expect(first).toMatchObject({ sent: 2, skipped: { optedOut: 0, contactBudget: 0 } });
    const [mail] = await mailsTo('li@reach.example');
    const token = mail!.text.match(/\/s\/invite\?t=(\S+)/)![1]!;
    // The budget: a second survey within 14 days is not sent, by any channel.
    const other = await createOpenSurvey(t.app, owner, sampleSurvey('other'));
    const second = (
      await inject(t.app, owner, {
        method: 'POST',
        url: `/api/v1/surveys/${other.id}/invitations`,
        payload: { emails: ['li@reach.example'] },
      })
    ).json();
    expect(second).toMatchObject({ sent: 0, skipped: { contactBudget: 1 } });
    // The personal link answers once, as the invited customer, even without signing in.
    const id = await answer(t.app, null, 'invite', { nps: 10 }, { invitation: token });
    const row = await t.database.db
      .selectFrom('survey_responses')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ customer_id: customer.userId, channel: 'email' });
    expect(
      (
        await inject(t.app, null, { method: 'POST', url: '/api/v1/s/invite/responses', payload: { invitation: token } })
      ).json().code,
    ).toBe('invitation_used');
    // The opt-out link in the mail works without signing in.
    expect(
      (
        await inject(t.app, null, { method: 'POST', url: '/api/v1/survey-opt-out', payload: { invitation: token } })
      ).json(),
    ).toEqual({ optedOut: true });
    await inject(t.app, owner, { method: 'PUT', url: '/api/v1/survey-settings', payload: { contactCooldownDays: 0 } });
    const third = (
      await inject(t.app, owner, {
        method: 'POST',
        url: `/api/v1/surveys/${other.id}/invitations`,
        payload: { customerIds: [customer.userId] },
      })
    ).json();
    expect(third).toMatchObject({ sent: 0, skipped: { optedOut: 1 } });
    expect((await inject(t.app, customer, { method: 'GET', url: '/api/v1/survey-opt-out' })).json()).toEqual({
      optedOut: true,
    });
    await inject(t.app, customer, { method: 'DELETE', url: '/api/v1/survey-opt-out' });
    await inject(t.app, owner, { method: 'PUT', url: '/api/v1/survey-settings', payload: { contactCooldownDays: 14 } });
  });

  it('event trigger: a resolved case sends the survey, linked to the case, within the budget', async () => {
    const survey = await createOpenSurvey(
      t.app,
      owner,
      sampleSurvey('after-case', { triggerEvents: ['cases.case.resolved'], contactCooldownDays: 7 }),
    );
    const customer = await signUpCustomer(t.app, 'wang@reach.example');
    const resolve = (caseId: string) =>
      withTransaction(t.database.db, (tx) =>
        record(tx, {
          name: 'cases.case.resolved',
          workspaceId: owner.workspaceId,
          customerId: customer.userId,
          touchpoint: 'repair',
          payload: { caseId },
        }),
      );
    await resolve('case-1');
    await deliver(t.database.db);
    await deliver(t.database.db);
    const mails = await mailsTo('wang@reach.example');
    expect(mails).toHaveLength(1);
    const token = mails[0]!.text.match(/\/s\/after-case\?t=(\S+)/)![1]!;
    const id = await answer(t.app, null, 'after-case', { nps: 6 }, { invitation: token });
    const row = await t.database.db
      .selectFrom('survey_responses')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      entity_type: 'case',
      entity_id: 'case-1',
      channel: 'event',
      touchpoint: 'repair',
      customer_id: customer.userId,
    });
    await resolve('case-2');
    await deliver(t.database.db);
    expect(await mailsTo('wang@reach.example')).toHaveLength(1);
    const invitations = await t.database.db
      .selectFrom('survey_invitations')
      .selectAll()
      .where('survey_id', '=', survey.id)
      .execute();
    expect(invitations).toHaveLength(1);
  });

  it('widget: tracked events match by audience and sampling, spend the budget; the feedback button always answers', async () => {
    await createOpenSurvey(
      t.app,
      owner,
      sampleSurvey('checkout', { widgetEvents: ['checkout_done'], audience: { segment: 'VIP' }, samplingRate: 0.5 }),
    );
    await createOpenSurvey(t.app, owner, sampleSurvey('feedback', { feedbackButton: true }));
    const customer = await signUpCustomer(t.app, 'vip@reach.example');
    const ctx = (session: Session | null) => ({
      db: t.database.db,
      config: t.config,
      origin: { ip: null, userAgent: null },
      actor: session
        ? {
            kind: 'user' as const,
            workspaceId: owner.workspaceId,
            userId: session.userId,
            role: 'customer' as const,
            sessionHash: '',
          }
        : { kind: 'anonymous' as const, workspaceId: owner.workspaceId },
    });
    expect(await matchWidget(ctx(customer), { event: 'checkout_done' }, () => 0)).toEqual({
      slug: null,
      reason: 'audience',
    });
    await updatePerson(t.database.db, customer, { attributes: { segment: 'VIP' } });
    expect(await matchWidget(ctx(customer), { event: 'checkout_done' }, () => 0.7)).toEqual({
      slug: null,
      reason: 'sampled_out',
    });
    expect(await matchWidget(ctx(customer), { event: 'checkout_done' }, () => 0.1)).toEqual({
      slug: 'checkout',
      reason: null,
    });
    expect(await matchWidget(ctx(customer), { event: 'checkout_done' }, () => 0.1)).toEqual({
      slug: null,
      reason: 'contact_budget',
    });
    // An anonymous visitor's budget travels with the browser and follows the same rule.
    expect(
      await matchWidget(ctx(null), { event: 'checkout_done', askedAt: new Date().toISOString() }, () => 0.1),
    ).toMatchObject({ slug: null });
    await createOpenSurvey(t.app, owner, sampleSurvey('anyone', { widgetEvents: ['page_seen'] }));
    expect(await matchWidget(ctx(null), { event: 'page_seen', askedAt: new Date().toISOString() }, () => 0.1)).toEqual({
      slug: null,
      reason: 'contact_budget',
    });
    expect(
      await matchWidget(
        ctx(null),
        { event: 'page_seen', askedAt: new Date(Date.now() - 15 * 86_400_000).toISOString() },
        () => 0.1,
      ),
    ).toEqual({ slug: 'anyone', reason: null });
    const button = await inject(t.app, null, { method: 'POST', url: '/api/v1/survey-widget/match', payload: {} });
    expect(button.json()).toEqual({ slug: 'feedback', reason: null });
    await answer(
      t.app,
      null,
      'feedback',
      { nps: 8 },
      { channel: 'feedback_button', touchpoint: 'https://brand.example/cart' },
    );
  });
});
