import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, signIn } from '../../test-support/identity.js';
import { deliverEvents, workerContext } from '../../test-support/worker.js';
import { createDemoWorkspace, DEMO_PASSWORD } from '../identity/index.js';
import { modules } from '../index.js';
import { ideasModule } from './index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp(modules);
});
afterAll(() => t.close());

describe('ideas demo', () => {
  it('fills the demo workspace with boards, ideas at every stage, answers and a changelog, once', async () => {
    const demo = await createDemoWorkspace(t.database.db);
    await ideasModule.demo!(t.database.db, demo!.workspaceId, t.config);
    await ideasModule.demo!(t.database.db, demo!.workspaceId, t.config);
    const headers = { 'x-cocreate-workspace': 'demo' };
    const boards = (await inject(t.app, null, { url: '/api/v1/idea-boards', headers })).json();
    expect(boards.items.map((b: { slug: string }) => b.slug)).toEqual(['washers', 'app']);
    const trending = (await inject(t.app, null, { url: '/api/v1/ideas?board=washers', headers })).json();
    expect(trending.items.length).toBe(6);
    const changelog = (await inject(t.app, null, { url: '/api/v1/ideas/changelog', headers })).json();
    expect(changelog.items[0]).toMatchObject({ title: '洗衣机增加夜间静音洗模式', answerHtml: expect.stringContaining('<strong>固件 2.3</strong>') });
    // Followers are told when the worker delivers the demo's events.
    await deliverEvents(workerContext(t.database.db, t.config), modules);
    const vip = await signIn(t.app, 'customer@demo.cocreate.dev', DEMO_PASSWORD, 'demo');
    const cookie = vip.cookies.find((c) => c.name === 'cocreate_session')!;
    const seen = (await t.app.inject({ url: '/api/v1/idea-boards', headers: { cookie: `cocreate_session=${cookie.value}` } })).json();
    expect(seen.items.map((b: { slug: string }) => b.slug)).toContain('vip-lab');
    const notes = (await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: `cocreate_session=${cookie.value}` } })).json();
    expect(notes.unreadCount).toBeGreaterThan(0);
  });
});
