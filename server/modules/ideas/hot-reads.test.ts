import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { migrateToLatest, openDatabase } from '../../platform/db/index.js';
import { statementCounts } from '../../platform/db/statement-count.js';
import { migrations } from '../../migrations/index.js';
import { createTestApp, testConfig, type TestApp } from '../../test-support/app.js';
import { testDbKind } from '../../test-support/db.js';
import {
  createStaff,
  inject,
  setUpWorkspace,
  signUpCustomer,
  updatePerson,
  type Session,
} from '../../test-support/identity.js';
import { modules } from '../index.js';

let t: TestApp;
let owner: Session;
let agent: Session;
let ana: Session;
let bo: Session;

type Res = Awaited<ReturnType<FastifyInstance['inject']>>;
const get = (s: Session | null, url: string, headers: Record<string, string> = {}) =>
  inject(t.app, s, { url, headers });
const send = async (s: Session, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) => {
  const res = await inject(t.app, s, { method, url, ...(payload ? { payload } : {}) });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.statusCode === 204 ? null : res.json();
};
const submit = (s: Session, board: string, title: string) => send(s, 'POST', '/api/v1/ideas', { board, title });
const createBoard = (slug: string, fields: object = {}) =>
  send(owner, 'POST', '/api/v1/idea-boards', { slug, name: slug, ...fields }) as Promise<{ id: string }>;

/** SQL statements the work sent while serving requests. */
async function statements<T>(work: () => Promise<T>): Promise<{ result: T; n: number }> {
  const before = statementCounts.request;
  const result = await work();
  return { result, n: statementCounts.request - before };
}
const titles = (res: Res) => (res.json().items as { title: string }[]).map((i) => i.title);

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'hot');
  agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'hot', 'agent');
  ana = await signUpCustomer(t.app, 'ana@hot.example', 'hot');
  bo = await signUpCustomer(t.app, 'bo@hot.example', 'hot');
  await createBoard('washers');
  // The default workspace of anonymous requests is found once per app.
  await get(null, '/api/v1/ideas');
});
afterAll(() => t.close());

describe('cached public lists', () => {
  it('answers a repeated read from memory with the same body and ETag, without SQL', async () => {
    await submit(ana, 'washers', 'Quiet night wash');
    const cold = await statements(() => get(null, '/api/v1/ideas?board=washers&sort=top'));
    expect(cold.result.statusCode).toBe(200);
    expect(cold.n).toBeLessThanOrEqual(3);
    const warm = await statements(() => get(null, '/api/v1/ideas?sort=top&board=washers&limit=20'));
    expect(warm.n).toBe(0);
    expect(warm.result.body).toBe(cold.result.body);
    expect(warm.result.headers.etag).toBe(cold.result.headers.etag);
    expect(warm.result.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(warm.result.headers.vary).toContain('Cookie');
    // A customer shares the visitor's answer; their request may cost only their sign-in.
    const signedIn = await get(ana, '/api/v1/ideas?board=washers&sort=top');
    expect(signedIn.body).toBe(cold.result.body);
    expect(signedIn.headers['cache-control']).toBe('private, no-cache');
  });

  it('answers 304 with no body to a matching If-None-Match, also from memory', async () => {
    const first = await get(null, '/api/v1/ideas?board=washers');
    const etag = first.headers.etag as string;
    const again = await statements(() => get(null, '/api/v1/ideas?board=washers', { 'if-none-match': etag }));
    expect(again.result.statusCode).toBe(304);
    expect(again.result.body).toBe('');
    expect(again.result.headers.etag).toBe(etag);
    expect(again.n).toBe(0);
    const other = await get(null, '/api/v1/ideas?board=washers', { 'if-none-match': '"stale"' });
    expect(other.statusCode).toBe(200);
  });

  it('a vote, a new idea and a status change show in the next read', async () => {
    const idea = await submit(ana, 'washers', 'Bigger drum door');
    const list = () => get(null, '/api/v1/ideas?board=washers&sort=new');
    const before = await list();
    await send(bo, 'PUT', `/api/v1/ideas/${idea.id}/vote`, { importance: 'important' });
    const voted = await statements(list);
    expect(voted.n).toBeLessThanOrEqual(3);
    expect(voted.result.headers.etag).not.toBe(before.headers.etag);
    const item = () => (voted.result.json().items as { id: string; voteCount: number }[]).find((i) => i.id === idea.id);
    expect(item()?.voteCount).toBe(1);

    await submit(bo, 'washers', 'Steam refresh programme');
    expect(titles(await list())).toContain('Steam refresh programme');

    await send(agent, 'POST', `/api/v1/ideas/${idea.id}/status`, { status: 'planned', note: 'Next year' });
    const planned = (await list()).json().items.find((i: { id: string }) => i.id === idea.id);
    expect(planned).toMatchObject({ status: 'planned', stage: 'planned' });
    const road = (await get(null, '/api/v1/ideas/roadmap')).json();
    expect(road.columns.find((c: { stage: string }) => c.stage === 'planned').items[0].id).toBe(idea.id);
  });

  it('costs at most three statements uncached for the list, roadmap, changelog and idea page', async () => {
    const idea = await submit(ana, 'washers', 'Count the statements');
    // The submission dropped the ideas entries; the workspace's boards and statuses stay cached.
    for (const url of ['/api/v1/ideas?sort=trending', '/api/v1/ideas/roadmap', '/api/v1/ideas/changelog']) {
      const { n, result } = await statements(() => get(null, url));
      expect(result.statusCode, url).toBe(200);
      expect(n, url).toBe(1);
    }
    const page = await statements(() => get(null, `/api/v1/ideas/${idea.id}`));
    expect(page.result.statusCode).toBe(200);
    expect(page.result.headers.etag).toBeDefined();
    expect(page.n).toBe(1);
    // Fully cold (after a board change drops the boards and statuses too): one more.
    await createBoard('cold-board');
    const cold = await statements(() => get(null, '/api/v1/ideas?sort=trending'));
    expect(cold.n).toBe(2);
    await createBoard('cold-board-2');
    const coldPage = await statements(() => get(null, `/api/v1/ideas/${idea.id}`));
    expect(coldPage.n).toBe(2);
  });

  it('a vote that changes its importance shows its new weight in the next read', async () => {
    await createBoard('weighed', { importanceEnabled: true });
    const idea = await submit(ana, 'weighed', 'Delay start by phone');
    await send(bo, 'PUT', `/api/v1/ideas/${idea.id}/vote`, { importance: 'nice_to_have' });
    const weight = async () => {
      const list = (await get(null, '/api/v1/ideas?board=weighed')).json().items[0].weightedVotes;
      const page = (await get(null, `/api/v1/ideas/${idea.id}`)).json().weightedVotes;
      return { list, page };
    };
    const before = await weight();
    await send(bo, 'PUT', `/api/v1/ideas/${idea.id}/vote`, { importance: 'critical' });
    const fresh = (await get(agent, `/api/v1/ideas/${idea.id}`)).json().weightedVotes;
    expect(fresh).not.toBe(before.page);
    expect(await weight()).toEqual({ list: fresh, page: fresh });
  });
});

describe("the viewer's own state", () => {
  it('is never in the shared body, and viewer-state tells each customer theirs', async () => {
    const voted = await submit(ana, 'washers', 'Anti-crease finish');
    const followed = await submit(ana, 'washers', 'Detergent auto-dose');
    await send(bo, 'PUT', `/api/v1/ideas/${voted.id}/vote`, { importance: 'critical' });
    await send(bo, 'PUT', `/api/v1/ideas/${followed.id}/follow`);
    const url = '/api/v1/ideas?board=washers&sort=new';
    const [asBo, asAna, asVisitor] = [await get(bo, url), await get(ana, url), await get(null, url)];
    expect(asBo.body).toBe(asVisitor.body);
    expect(asAna.body).toBe(asVisitor.body);
    expect(asVisitor.json().items.every((i: { myVote: unknown }) => i.myVote === null)).toBe(true);
    const page = (await get(bo, `/api/v1/ideas/${voted.id}`)).json();
    expect(page).toMatchObject({ myVote: null, following: null });

    const ids = `${voted.id},${followed.id}`;
    const state = async (s: Session | null) => (await get(s, `/api/v1/ideas/viewer-state?ids=${ids}`)).json().items;
    expect(await state(bo)).toEqual([
      { ideaId: voted.id, myVote: { importance: 'critical' }, following: true },
      { ideaId: followed.id, myVote: null, following: true },
    ]);
    // Ana wrote both, so she follows them; she voted for neither.
    expect(await state(ana)).toEqual([
      { ideaId: voted.id, myVote: null, following: true },
      { ideaId: followed.id, myVote: null, following: true },
    ]);
    expect(await state(null)).toEqual([
      { ideaId: voted.id, myVote: null, following: false },
      { ideaId: followed.id, myVote: null, following: false },
    ]);
    const res = await statements(() => get(null, `/api/v1/ideas/viewer-state?ids=${ids}`));
    expect(res.n).toBe(0);
    expect(res.result.headers['cache-control']).toBe('private, no-store');
    expect((await get(bo, '/api/v1/ideas/viewer-state?ids=nope')).statusCode).toBe(400);
  });

  it('costs a signed-in customer one statement beside signing in', async () => {
    const idea = await submit(ana, 'washers', 'One statement of my own');
    const url = `/api/v1/ideas/viewer-state?ids=${idea.id}`;
    await get(bo, url);
    await get(bo, '/api/v1/ideas?board=washers');
    const cached = await statements(() => get(bo, '/api/v1/ideas?board=washers'));
    const mine = await statements(() => get(bo, url));
    // Whatever signing in costs, the cached list adds nothing to it and viewer-state one statement.
    expect(mine.n).toBe(cached.n + 1);
  });
});

describe('what staff and private boards see', () => {
  it('staff read fresh, with hidden things and their own vote, never from the shared cache', async () => {
    const idea = await submit(ana, 'washers', 'Staff view check');
    await send(agent, 'PUT', `/api/v1/ideas/${idea.id}/vote`, { importance: 'important' });
    await get(null, '/api/v1/ideas?board=washers&sort=new');
    const staffList = await get(agent, '/api/v1/ideas?board=washers&sort=new');
    expect(staffList.headers['cache-control']).toBe('private, no-store');
    expect(staffList.headers.etag).toBeUndefined();
    expect(staffList.json().items.find((i: { id: string }) => i.id === idea.id).myVote).toEqual({
      importance: 'important',
    });
    const staffPage = (await get(agent, `/api/v1/ideas/${idea.id}`)).json();
    expect(staffPage.rice).not.toBeNull();
    expect(staffPage.following).toBe(true);
    expect((await get(null, `/api/v1/ideas/${idea.id}`)).json().rice).toBeNull();
  });

  it('a private board is shown to its members and segments only, each audience cached apart', async () => {
    const members = await createBoard('insiders', { visibility: 'private', memberIds: [bo.userId] });
    await createBoard('vip-lab', { visibility: 'private', accessSegments: ['VIP'] });
    await submit(owner, 'insiders', 'Insider preview programme');
    await submit(owner, 'vip-lab', 'VIP concierge line');
    await updatePerson(t.database.db, ana, { attributes: { segment: 'VIP' } });
    const all = '/api/v1/ideas?sort=new&limit=100';
    const visitor = titles(await get(null, all));
    expect(visitor).not.toContain('Insider preview programme');
    expect(visitor).not.toContain('VIP concierge line');
    const asBo = titles(await get(bo, all));
    expect(asBo).toContain('Insider preview programme');
    expect(asBo).not.toContain('VIP concierge line');
    const asAna = titles(await get(ana, all));
    expect(asAna).toContain('VIP concierge line');
    expect(asAna).not.toContain('Insider preview programme');
    // Read again in the other order: nobody gets another audience's copy.
    expect(titles(await get(null, all))).toEqual(visitor);
    expect((await get(null, `/api/v1/ideas?board=insiders`)).statusCode).toBe(404);
    expect((await get(ana, `/api/v1/ideas?board=${members.id}`)).statusCode).toBe(404);
    expect(titles(await get(bo, `/api/v1/ideas?board=${members.id}`))).toEqual(['Insider preview programme']);
    // A member's access is kept in memory too: their cached read costs no more than viewer-state's one statement.
    const cachedRead = await statements(() => get(bo, all));
    const ownState = await statements(() => get(bo, `/api/v1/ideas/viewer-state?ids=${members.id}`));
    expect(cachedRead.n).toBe(ownState.n - 1);
    // Leaving the board shows at once.
    await send(owner, 'PATCH', `/api/v1/idea-boards/${members.id}`, { memberIds: [] });
    expect(titles(await get(bo, all))).not.toContain('Insider preview programme');
    expect((await get(bo, `/api/v1/ideas?board=${members.id}`)).statusCode).toBe(404);
  });

  it('an author sees their own pending idea; nobody else does, and it is never cached', async () => {
    await createBoard('moderated', { premoderation: 'all' });
    const pending = await submit(ana, 'moderated', 'Waiting for approval');
    expect(pending.moderation).toBe('pending');
    const mine = await get(ana, `/api/v1/ideas/${pending.id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['cache-control']).toBe('private, no-store');
    expect((await get(null, `/api/v1/ideas/${pending.id}`)).statusCode).toBe(404);
    expect((await get(bo, `/api/v1/ideas/${pending.id}`)).statusCode).toBe(404);
  });

  it('a status renamed or a board archived shows at once', async () => {
    await createBoard('to-archive');
    await submit(ana, 'to-archive', 'On a board about to close');
    expect(titles(await get(null, '/api/v1/ideas?sort=new&limit=100'))).toContain('On a board about to close');
    const board = (await get(owner, '/api/v1/idea-boards/to-archive')).json();
    await send(owner, 'PATCH', `/api/v1/idea-boards/${board.id}`, { archived: true });
    expect(titles(await get(null, '/api/v1/ideas?sort=new&limit=100'))).not.toContain('On a board about to close');
  });

  it('roadmap and changelog let browsers revalidate in the background', async () => {
    const road = await get(null, '/api/v1/ideas/roadmap');
    expect(road.headers['cache-control']).toBe('public, max-age=0, stale-while-revalidate=30');
    expect((await get(ana, '/api/v1/ideas/changelog')).headers['cache-control']).toBe(
      'private, max-age=0, stale-while-revalidate=30',
    );
  });

  it('documents ETag, If-None-Match, 304 and viewer-state in OpenAPI', async () => {
    const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json();
    const list = doc.paths['/api/v1/ideas'].get;
    expect(list.responses['304']).toBeDefined();
    expect(list.responses['304'].content).toBeUndefined();
    expect(list.responses['200'].headers.ETag).toBeDefined();
    expect(
      list.parameters.some((p: { in: string; name: string }) => p.in === 'header' && p.name === 'if-none-match'),
    ).toBe(true);
    expect(doc.paths['/api/v1/ideas/{id}'].get.responses['304']).toBeDefined();
    expect(doc.paths['/api/v1/ideas/viewer-state'].get).toBeDefined();
  });
});

describe.runIf(testDbKind === 'postgres')('several processes on one database', () => {
  it("a change made through one app shows in the other's next read", async () => {
    const database = await openDatabase({ url: t.database.url!, poolSize: 2 });
    await migrateToLatest(database.db, migrations);
    const other = await buildApp({ config: testConfig(), database, modules, webRoot: '/nonexistent' });
    await other.ready();
    try {
      const idea = await submit(ana, 'washers', 'Seen by every process');
      const url = '/api/v1/ideas?board=washers&sort=new&limit=100';
      const votesIn = async (app: FastifyInstance) =>
        (await app.inject({ url })).json().items.find((i: { id: string }) => i.id === idea.id)?.voteCount;
      expect(await votesIn(other)).toBe(0);
      // The second read is served from the other app's memory.
      expect((await statements(() => votesIn(other))).n).toBe(0);
      await send(bo, 'PUT', `/api/v1/ideas/${idea.id}/vote`, { importance: 'important' });
      let seen = await votesIn(other);
      for (let i = 0; i < 200 && seen !== 1; i++) {
        await new Promise((r) => setTimeout(r, 25));
        seen = await votesIn(other);
      }
      expect(seen).toBe(1);
    } finally {
      await other.close();
      await database.close();
    }
  });
});
