import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn } from '../../test-support/identity.js';
import { createDemoWorkspace, DEMO_PASSWORD, identityModule } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
});
afterAll(() => t.close());

describe('demo workspace', () => {
  it('creates one account per role that can sign in, once', async () => {
    const demo = await createDemoWorkspace(t.database.db);
    expect([...new Set(demo?.accounts.map((a) => a.role))].sort()).toEqual([
      'admin',
      'agent',
      'customer',
      'moderator',
      'owner',
    ]);
    for (const account of demo!.accounts) {
      const res = await signIn(t.app, account.email, DEMO_PASSWORD, 'demo');
      expect(res.json().user.role).toBe(account.role);
    }
    expect(await createDemoWorkspace(t.database.db)).toBeNull();
  });
});
