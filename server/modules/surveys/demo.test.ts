import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoWorkspace } from '../identity/index.js';
import { modules } from '../index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { demoSurveys } from './demo.js';
import { kanoReport, surveySummary } from './queries/analytics.js';
import { deliver } from '../../test-support/surveys.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(modules);
});
afterAll(async () => t.close());

it('the demo surveys have answers, rolled up by the subscribers, with follow-ups and distinct KANO categories', async () => {
  const demo = (await createDemoWorkspace(t.database.db))!;
  await demoSurveys(t.database.db, demo.workspaceId);
  await deliver(t.database.db);
  const surveys = await t.database.db
    .selectFrom('surveys')
    .selectAll()
    .where('workspace_id', '=', demo.workspaceId)
    .execute();
  const repair = surveys.find((s) => s.slug === 'after-repair')!;
  expect(repair.completed_count).toBeGreaterThan(0);
  const summary = await surveySummary(t.database.db, demo.workspaceId, repair.id, {});
  // Every completed response answered the NPS question, and the rollups counted each once.
  expect(summary.questions[0]!.nps!.n).toBe(repair.completed_count);
  const followups = await t.database.db
    .selectFrom('survey_followups')
    .select('id')
    .where('workspace_id', '=', demo.workspaceId)
    .execute();
  expect(followups.length).toBeGreaterThan(0);
  const kano = await kanoReport(
    t.database.db,
    demo.workspaceId,
    surveys.find((s) => s.slug === 'washer-features')!.id,
    {},
  );
  expect(new Set(kano.features.map((f) => f.result.category)).size).toBeGreaterThanOrEqual(3);
});
