import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { PollingLoop } from '../polling-loop.js';
import { inRequestScope, statementCounts } from './statement-count.js';

describe('statement counts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp([]);
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts what a request sends as the request’s and the rest as background work', async () => {
    const before = { ...statementCounts };
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(statementCounts.request).toBeGreaterThan(before.request);
    const afterRequest = { ...statementCounts };
    await t.database.db.selectFrom('platform_events').select('id').execute();
    expect(statementCounts.request).toBe(afterRequest.request);
    expect(statementCounts.background).toBe(afterRequest.background + 1);
  });

  it('reports them at /metrics', async () => {
    const text = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    expect(text).toMatch(/cocreate_db_statements_total\{during="request"\} [1-9]/);
    expect(text).toMatch(/cocreate_db_statements_total\{during="background"\} \d+/);
  });

  it('counts a polling loop woken by a request as background work', async () => {
    const before = { ...statementCounts };
    let ran!: () => void;
    const done = new Promise<void>((resolve) => (ran = resolve));
    const loop = new PollingLoop(
      async () => {
        await t.database.db.selectFrom('platform_events').select('id').execute();
        ran();
        return 0;
      },
      60_000,
      () => {},
    );
    inRequestScope(() => loop.start());
    await done;
    await loop.stop();
    expect(statementCounts.request).toBe(before.request);
    expect(statementCounts.background).toBe(before.background + 1);
  });
});
