import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounts } from '../../platform/db/statement-count.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, type Session } from '../../test-support/identity.js';
import { answer, createOpenSurvey, sampleSurvey } from '../../test-support/surveys.js';
import { announcementsConnected } from '../../test-support/broadcast.js';
import { modules } from '../index.js';

let t: TestApp;
let owner: Session;

const get = (url: string, headers: Record<string, string> = {}) => inject(t.app, null, { url, headers });
async function statements<T>(work: () => Promise<T>): Promise<{ result: T; n: number }> {
  const before = statementCounts.request;
  const result = await work();
  return { result, n: statementCounts.request - before };
}

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'hot-surveys');
  // The default workspace of anonymous requests is found once per app.
  await get('/api/v1/s');
});
afterAll(() => t.close());

describe('survey definitions as respondents load them', () => {
  it('are answered from memory with an ETag, and 304 when the copy is current', async () => {
    await createOpenSurvey(t.app, owner, sampleSurvey('cached-repair'));
    // On PostgreSQL the survey's own announcements come back over the listener too: let them arrive first.
    await announcementsConnected(t.database);
    const cold = await statements(() => get('/api/v1/s/cached-repair'));
    expect(cold.result.statusCode).toBe(200);
    expect(cold.n).toBeLessThanOrEqual(2);
    const warm = await statements(() => get('/api/v1/s/cached-repair'));
    expect(warm.n).toBe(0);
    expect(warm.result.body).toBe(cold.result.body);
    const etag = cold.result.headers.etag as string;
    const revalidated = await statements(() => get('/api/v1/s/cached-repair', { 'if-none-match': etag }));
    expect(revalidated.result.statusCode).toBe(304);
    expect(revalidated.n).toBe(0);
    expect((await get('/api/v1/s')).json().items.map((s: { slug: string }) => s.slug)).toContain('cached-repair');
    expect((await statements(() => get('/api/v1/s'))).n).toBe(0);
  });

  it('show an edit, a closing and a filled quota at once', async () => {
    const survey = await createOpenSurvey(t.app, owner, sampleSurvey('changing', { quota: 1 }));
    expect((await get('/api/v1/s/changing')).json().closedReason).toBeNull();
    const edited = await inject(t.app, owner, {
      method: 'PUT',
      url: `/api/v1/surveys/${survey.id}`,
      payload: sampleSurvey('changing', { quota: 1, title: { en: 'Renamed', 'zh-CN': '改名' } }),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await get('/api/v1/s/changing')).json().title.en).toBe('Renamed');

    await answer(t.app, null, 'changing', { nps: 9 });
    expect((await get('/api/v1/s/changing')).json().closedReason).toMatch(/all the answers/);

    await inject(t.app, owner, {
      method: 'POST',
      url: `/api/v1/surveys/${survey.id}/status`,
      payload: { status: 'closed' },
    });
    expect((await get('/api/v1/s/changing')).json().closedReason).toBe('The survey is not open.');
    expect((await get('/api/v1/s')).json().items.map((s: { slug: string }) => s.slug)).not.toContain('changing');
  });

  it('a survey about to close is read fresh rather than kept past its closing', async () => {
    const closesAt = new Date(Date.now() + 10_000).toISOString();
    await createOpenSurvey(t.app, owner, sampleSurvey('closing-soon', { closesAt }));
    await get('/api/v1/s/closing-soon');
    const again = await statements(() => get('/api/v1/s/closing-soon'));
    expect(again.result.statusCode).toBe(200);
    expect(again.n).toBeGreaterThan(0);
    expect(again.result.headers.etag).toBeUndefined();
  });
});
