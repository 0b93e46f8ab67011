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
    const headers = { 'x-cocreate-workspace': 'demo' };
    const publicBoards = async (): Promise<string[]> =>
      (await inject(t.app, null, { url: '/api/v1/idea-boards', headers }))
        .json()
        .items.map((b: { slug: string }) => b.slug);
    type Idea = { id: string; stage: string; voteCount: number };
    const ideasOn = async (board: string): Promise<Idea[]> =>
      (await inject(t.app, null, { url: `/api/v1/ideas?board=${board}&limit=100`, headers })).json().items;
    const idsOf = (lists: Idea[][]) => lists.map((items) => items.map((i) => i.id).sort());
    await ideasModule.demo!(t.database.db, demo!.workspaceId, t.config);
    const boards = await publicBoards();
    const ideasOnce = await Promise.all(boards.map(ideasOn));
    await ideasModule.demo!(t.database.db, demo!.workspaceId, t.config);
    expect(await publicBoards()).toEqual(boards);
    expect(idsOf(await Promise.all(boards.map(ideasOn)))).toEqual(idsOf(ideasOnce));
    // Every public board has an idea with votes, and the ideas are at more than one stage.
    expect(boards.length).toBeGreaterThan(1);
    for (const items of ideasOnce) expect(items.some((i) => i.voteCount > 0)).toBe(true);
    expect(new Set(ideasOnce.flat().map((i) => i.stage)).size).toBeGreaterThan(1);
    const changelog = (await inject(t.app, null, { url: '/api/v1/ideas/changelog', headers })).json();
    expect(changelog.items.length).toBeGreaterThan(0);
    // The official answers are written in Markdown and shown as HTML.
    expect(changelog.items.some((i: { answerHtml: string | null }) => i.answerHtml?.includes('<strong>'))).toBe(true);
    // Followers are told when the worker delivers the demo's events.
    await deliverEvents(workerContext(t.database.db, t.config), modules);
    const vip = await signIn(t.app, 'customer@demo.cocreate.dev', DEMO_PASSWORD, 'demo');
    const cookie = vip.cookies.find((c) => c.name === 'cocreate_session')!;
    const seen = (
      await t.app.inject({ url: '/api/v1/idea-boards', headers: { cookie: `cocreate_session=${cookie.value}` } })
    ).json();
    expect(seen.items.map((b: { slug: string }) => b.slug)).toContain('vip-lab');
    const notes = (
      await t.app.inject({ url: '/api/v1/notifications', headers: { cookie: `cocreate_session=${cookie.value}` } })
    ).json();
    expect(notes.unreadCount).toBeGreaterThan(0);
  });
});
