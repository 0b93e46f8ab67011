import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { signIn } from '../../test-support/identity.js';
import { createDemoWorkspace, DEMO_PASSWORD } from '../identity/index.js';
import { modules } from '../index.js';
import { casesModule } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(modules);
});
afterAll(() => t.close());

describe('cases demo', () => {
  it('adds cases at every step of the process, once', async () => {
    const demo = await createDemoWorkspace(t.database.db);
    const caseCount = async () =>
      (
        await t.database.db
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('workspace_id', '=', demo!.workspaceId)
          .executeTakeFirstOrThrow()
      ).n;
    await casesModule.demo!(t.database.db, demo!.workspaceId, t.config);
    const once = await caseCount();
    await casesModule.demo!(t.database.db, demo!.workspaceId, t.config);
    expect(await caseCount()).toBe(once);
    const owner = demo!.accounts.find((a) => a.role === 'owner')!;
    const res = await signIn(t.app, owner.email, DEMO_PASSWORD, 'demo');
    const cookie = `cocreate_session=${res.cookies.find((c) => c.name === 'cocreate_session')!.value}`;
    const resolved = (await t.app.inject({ url: '/api/v1/cases?view=resolved', headers: { cookie } })).json();
    expect(resolved.items.length).toBeGreaterThan(0);
    const open = (await t.app.inject({ url: '/api/v1/cases?limit=100', headers: { cookie } })).json();
    expect(open.items.length).toBeGreaterThan(0);
    // A safety case comes first in the queue.
    expect(open.items[0]).toMatchObject({ safety: true, channel: 'phone' });
    expect(open.items.map((c: { status: string }) => c.status)).toEqual(
      expect.arrayContaining(['remedy_rejected', 'waiting_on_customer']),
    );
  });
});
