import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, signUpCustomer, updatePerson, type Session } from '../../test-support/identity.js';
import { subscriberContext } from '../../test-support/worker.js';
import { toStoredEvent } from '../../platform/events/record.js';
import type { AnswerValue } from './definition.js';
import { analyseKano } from './metrics/kano.js';
import { computeNps } from './metrics/nps.js';
import { countRowsOf } from './rollup-rows.js';
import { rollupSubscriber } from './subscribers/rollups.js';
import { questionsOf } from './survey-rows.js';
import { answer, createOpenSurvey, deliver, sampleSurvey } from '../../test-support/surveys.js';

let t: TestApp;
let owner: Session;
let survey: { id: string; slug: string };

// A fixed pseudo-random sequence, so a failure can be replayed.
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return Math.floor((seed / 2 ** 31) * n);
};

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'rollups');
  survey = await createOpenSurvey(t.app, owner, sampleSurvey('rollups'));
  const vip = await signUpCustomer(t.app, 'vip@rollups.example');
  await updatePerson(t.database.db, vip, { attributes: { segment: 'VIP' } });
  for (let i = 0; i < 60; i++) {
    const answers: Record<string, unknown> = { nps: rand(11) };
    if (rand(3) > 0) answers.csat = 1 + rand(5);
    if (rand(2) > 0) answers.ces = 1 + rand(7);
    if (rand(2) > 0) answers.channel = rand(2) ? 'phone' : 'app';
    if (rand(4) > 0) answers['kano-quiet'] = { functional: 1 + rand(5), dysfunctional: 1 + rand(5) };
    answers['kano-app'] = { functional: 1 + rand(5), dysfunctional: 1 + rand(5) };
    if (rand(2)) answers.why = ['噪音太大', 'battery life is short', '师傅很专业，噪音小'][rand(3)];
    await answer(t.app, i % 10 === 0 ? vip : null, survey.slug, answers, {
      channel: i % 3 ? 'link' : 'widget',
      locale: i % 2 ? 'en' : 'zh-CN',
      touchpoint: 'repair',
    });
  }
  await deliver(t.database.db);
});
afterAll(async () => t.close());

async function storedCounts() {
  const rows = await t.database.db
    .selectFrom('survey_counts')
    .select([
      'question_id',
      'channel',
      'locale',
      'segment',
      'touchpoint',
      'value',
      'n',
      sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day'),
    ])
    .where('survey_id', '=', survey.id)
    .execute();
  return new Map(
    rows.map((r) => [
      [r.question_id, r.day, r.channel, r.touchpoint, r.locale, r.segment, r.value].join('|'),
      Number(r.n),
    ]),
  );
}

/** The counts recomputed from scratch from every completed response. */
async function recomputed() {
  const db = t.database.db;
  const s = await db.selectFrom('surveys').selectAll().where('id', '=', survey.id).executeTakeFirstOrThrow();
  const responses = await db
    .selectFrom('survey_responses')
    .selectAll()
    .select(sql<string>`to_char((completed_at at time zone 'Asia/Shanghai')::date, 'YYYY-MM-DD')`.as('local_day'))
    .where('survey_id', '=', survey.id)
    .where('status', '=', 'completed')
    .execute();
  const counts = new Map<string, number>();
  for (const r of responses) {
    for (const row of countRowsOf(questionsOf(s), r.answers as Record<string, AnswerValue>, {
      day: r.local_day,
      channel: r.channel,
      touchpoint: r.touchpoint ?? '',
      locale: r.locale,
      segment: r.segment ?? '',
    })) {
      const key = [row.questionId, row.day, row.channel, row.touchpoint, row.locale, row.segment, row.value].join('|');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return { counts, responses };
}

describe('rollups kept by the subscriber', () => {
  it('equal a full recomputation from the responses', async () => {
    const { counts, responses } = await recomputed();
    expect(responses).toHaveLength(60);
    expect(await storedCounts()).toEqual(counts);
    // The daily table is the same counts summed over the dimensions.
    const daily = await t.database.db
      .selectFrom('survey_daily_counts')
      .select(['question_id', 'value', 'n', sql<string>`to_char(day, 'YYYY-MM-DD')`.as('day')])
      .where('survey_id', '=', survey.id)
      .execute();
    const summed = new Map<string, number>();
    for (const [key, n] of counts) {
      const [q, day, , , , , value] = key.split('|');
      summed.set([q, day, value].join('|'), (summed.get([q, day, value].join('|')) ?? 0) + n);
    }
    expect(new Map(daily.map((r) => [[r.question_id, r.day, r.value].join('|'), Number(r.n)]))).toEqual(summed);
    const totals = await t.database.db
      .selectFrom('survey_totals')
      .select(['question_id', 'value', 'n'])
      .where('survey_id', '=', survey.id)
      .execute();
    const allTime = new Map<string, number>();
    for (const [key, n] of summed) {
      const [q, , value] = key.split('|');
      allTime.set(`${q}|${value}`, (allTime.get(`${q}|${value}`) ?? 0) + n);
    }
    expect(new Map(totals.map((r) => [`${r.question_id}|${r.value}`, Number(r.n)]))).toEqual(allTime);
  });

  it('count a redelivered event once', async () => {
    const event = await t.database.db
      .selectFrom('platform_events')
      .selectAll()
      .where('name', '=', 'surveys.response.completed')
      .executeTakeFirstOrThrow();
    const before = await storedCounts();
    await t.database.db
      .transaction()
      .execute((tx) => rollupSubscriber.handle(toStoredEvent(event), subscriberContext(tx, t.config)));
    expect(await storedCounts()).toEqual(before);
  });

  it('the summary equals the formulas applied to the raw answers', async () => {
    const { responses } = await recomputed();
    const summary = (await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/summary` })).json();
    expect(summary.responses).toBe(60);
    const byScore = new Array<number>(11).fill(0);
    for (const r of responses) byScore[(r.answers as { nps: number }).nps]! += 1;
    const nps = summary.questions.find((q: { questionId: string }) => q.questionId === 'nps');
    expect(nps.nps).toEqual(computeNps(byScore));
    const cells = new Array<number>(25).fill(0);
    for (const r of responses) {
      const k = (r.answers as Record<string, { functional: number; dysfunctional: number }>)['kano-app']!;
      cells[(k.functional - 1) * 5 + k.dysfunctional - 1]! += 1;
    }
    const kano = (await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/kano` })).json();
    expect(kano.features.find((f: { questionId: string }) => f.questionId === 'kano-app').result).toEqual(
      analyseKano(cells),
    );
  });

  it('filters, trends, breakdowns, period comparison and text keywords', async () => {
    // The days the responses were completed on, in the workspace's time zone: the wall clock may have passed midnight since.
    const { responses } = await recomputed();
    const perDay = new Map<string, number>();
    for (const r of responses) perDay.set(r.local_day, (perDay.get(r.local_day) ?? 0) + 1);
    const days = [...perDay.keys()].sort();
    const widget = (
      await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/summary?channel=widget` })
    ).json();
    expect(widget.responses).toBe(20);
    const vip = (
      await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/summary?segment=VIP` })
    ).json();
    expect(vip.responses).toBe(6);
    const trend = (
      await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/trend?unit=day&questionId=nps` })
    ).json();
    expect(trend.points.map((p: { period: string; n: number }) => [p.period, p.n])).toEqual(
      days.map((day) => [day, perDay.get(day)]),
    );
    expect(days.reduce((sum, day) => sum + perDay.get(day)!, 0)).toBe(60);
    const byLocale = (
      await inject(t.app, owner, {
        method: 'GET',
        url: `/api/v1/surveys/${survey.id}/breakdown?by=locale&questionId=csat`,
      })
    ).json();
    expect(byLocale.groups.map((g: { key: string }) => g.key).sort()).toEqual(['en', 'zh-CN']);
    const compared = (
      await inject(t.app, owner, {
        method: 'GET',
        url: `/api/v1/surveys/${survey.id}/summary?from=${days[0]}&compareFrom=2000-01-01&compareTo=2000-01-31`,
      })
    ).json();
    expect(compared.questions[0].npsChange).toBeNull(); // no answers in the earlier period
    const text = (
      await inject(t.app, owner, { method: 'GET', url: `/api/v1/surveys/${survey.id}/text?questionId=why` })
    ).json();
    expect(text.keywords.map((k: { term: string }) => k.term)).toContain('噪音');
    const drill = (
      await inject(t.app, owner, {
        method: 'GET',
        url: `/api/v1/surveys/${survey.id}/responses?q=${encodeURIComponent('噪音')}&limit=100`,
      })
    ).json();
    expect(drill.items.length).toBeGreaterThan(0);
    expect(drill.items.every((r: { answers: { why?: string } }) => r.answers.why?.includes('噪音'))).toBe(true);
  });
});
