import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../platform/jobs/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, type Session } from '../../test-support/identity.js';
import { identityModule } from './index.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  owner = await setUpWorkspace(t.app, 'haier');
});
afterAll(() => t.close());

describe('the job list', () => {
  it("lists the workspace's own jobs of a status, not platform-wide ones, with their times as ISO strings", async () => {
    // No worker runs in tests and no handler has this name, so the jobs stay queued.
    const mine = await enqueue(t.database.db, {
      name: 'test.admin.listed',
      payload: {},
      workspaceId: owner.workspaceId,
    });
    const platformWide = await enqueue(t.database.db, { name: 'test.admin.listed', payload: {} });
    const res = await inject(t.app, owner, { url: '/api/v1/admin/jobs?status=queued' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { id: string }[];
    expect(items.map((j) => j.id)).toContain(mine);
    expect(items.map((j) => j.id)).not.toContain(platformWide);
    expect(items.find((j) => j.id === mine)).toEqual({
      id: mine,
      name: 'test.admin.listed',
      status: 'queued',
      attempts: 0,
      maxAttempts: 5,
      lastError: null,
      runAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      finishedAt: null,
    });
  });

  it('retries only a dead job', async () => {
    const queued = await enqueue(t.database.db, {
      name: 'test.admin.retry',
      payload: {},
      workspaceId: owner.workspaceId,
    });
    const res = await inject(t.app, owner, { method: 'POST', url: `/api/v1/admin/jobs/${queued}/retry` });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found', detail: 'A dead job was not found.' });
  });
});
