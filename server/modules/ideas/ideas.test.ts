import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../platform/db/index.js';
import { record } from '../../platform/events/index.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import {
  createStaff,
  inject,
  linkInMail,
  setUpWorkspace,
  signUpCustomer,
  updatePerson,
  type Session,
} from '../../test-support/identity.js';
import { multipartFile } from '../../test-support/multipart.js';
import { deliverEvents, rewindSubscriber, workerContext } from '../../test-support/worker.js';
import { modules } from '../index.js';

let t: TestApp;
let owner: Session;
let agent: Session;
let ana: Session;
let bo: Session;
let cy: Session;

const post = (s: Session | null, url: string, payload: unknown, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE' = 'POST') =>
  inject(t.app, s, { method, url, payload: payload as object });
const get = (s: Session | null, url: string) => inject(t.app, s, { url });
/** What the worker does after each request: notifications are written when the events are delivered. */
const deliver = () => deliverEvents(workerContext(t.database.db, t.config), modules);
const submit = async (s: Session, title: string, body = '', board = 'washers') => {
  const res = await post(s, '/api/v1/ideas', { board, title, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};
/** A board of the test's own, so what it counts and searches is only what it submitted there. */
const createBoard = async (slug: string, fields: Record<string, unknown> = {}) => {
  const res = await post(owner, '/api/v1/idea-boards', { slug, name: slug, ...fields });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; slug: string };
};

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'haier');
  agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'haier', 'agent');
  ana = await signUpCustomer(t.app, 'ana@example.com', 'haier');
  bo = await signUpCustomer(t.app, 'bo@example.com', 'haier');
  cy = await signUpCustomer(t.app, 'cy@example.com', 'haier');
  await updatePerson(t.database.db, ana, { attributes: { segment: 'VIP' } });
  const board = await post(owner, '/api/v1/idea-boards', {
    slug: 'washers',
    name: '洗衣机 Washing machines',
    thresholdSupporters: 2,
    answerDays: 10,
    importanceEnabled: true,
    weightRule: { attribute: 'segment', values: { VIP: 3 } },
  });
  expect(board.statusCode, board.body).toBe(201);
});
afterAll(() => t.close());

describe('submitting and finding ideas', () => {
  it('renders Markdown safely: no script or event handler survives', async () => {
    const idea = await submit(
      ana,
      'Dark mode for the app',
      'Please **add** it <script>alert(1)</script><img src=x onerror=alert(1)>',
    );
    expect(idea.bodyHtml).toContain('<strong>add</strong>');
    expect(idea.bodyHtml).not.toMatch(/<script|<img/i);
    expect(idea.bodyHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(idea).toMatchObject({ status: 'open', stage: 'open', voteCount: 0, following: true, moderation: 'visible' });
  });

  it("attaches the author's uploaded images (re-encoded by the files module), and only theirs", async () => {
    const png = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#cc3366' } })
      .png()
      .toBuffer();
    const body = multipartFile('file', 'sketch.png', 'image/png', png);
    const uploaded = (
      await inject(t.app, ana, {
        method: 'POST',
        url: '/api/v1/files?purpose=idea_image',
        payload: body.payload,
        headers: body.headers,
      })
    ).json();
    const stolen = await post(bo, '/api/v1/ideas', {
      board: 'washers',
      title: 'Borrowed sketch idea',
      imageIds: [uploaded.id],
    });
    expect(stolen.json().code).toBe('file_not_claimable');
    const res = await post(ana, '/api/v1/ideas', {
      board: 'washers',
      title: 'Drum light with a sketch',
      imageIds: [uploaded.id],
    });
    expect(res.json().images).toEqual([expect.objectContaining({ id: uploaded.id, width: 32, height: 24 })]);
  });

  it('shows similar ideas while typing, in Chinese and English, despite rewording', async () => {
    const { slug } = await createBoard('similar-lab');
    await submit(ana, '洗衣机脱水时噪音很大', '晚上洗衣服会吵到邻居', slug);
    await submit(bo, 'Quiet mode for washing at night', '', slug);
    await submit(bo, '希望支持手机远程控制', '', slug);
    const zh = (
      await get(cy, `/api/v1/ideas/similar?board=${slug}&title=${encodeURIComponent('洗衣机脱水的时候噪音特别大')}`)
    ).json();
    expect(zh.items[0].title).toBe('洗衣机脱水时噪音很大');
    const en = (
      await get(null, `/api/v1/ideas/similar?board=${slug}&title=${encodeURIComponent('night time quiet washing')}`)
    ).json();
    expect(en.items.map((i: { title: string }) => i.title)).toContain('Quiet mode for washing at night');
    const none = (
      await get(null, `/api/v1/ideas/similar?board=${slug}&title=${encodeURIComponent('蓝牙耳机')}`)
    ).json();
    expect(none.items).toEqual([]);
  });

  it('searches in Chinese and English and filters by status and tag', async () => {
    const { slug } = await createBoard('search-lab');
    await submit(ana, '洗衣机脱水时噪音很大', '晚上洗衣服会吵到邻居', slug);
    await submit(bo, 'Quiet mode for washing at night', '', slug);
    await submit(bo, '希望支持手机远程控制', '', slug);
    const zh = (await get(null, `/api/v1/ideas?board=${slug}&q=${encodeURIComponent('噪音')}`)).json();
    expect(zh.items.map((i: { title: string }) => i.title)).toEqual(['洗衣机脱水时噪音很大']);
    const en = (await get(null, `/api/v1/ideas?board=${slug}&q=quiet&sort=new`)).json();
    expect(en.items).toHaveLength(1);
    expect((await get(null, `/api/v1/ideas?board=${slug}&status=shipped`)).json().items).toEqual([]);
  });
});

describe('voting, threshold, merge, answer, ship', () => {
  it('counts each person once, weighs by segment and importance, and reaches the threshold', async () => {
    const original = await submit(ana, '洗衣机增加静音洗模式');
    const first = await post(bo, `/api/v1/ideas/${original.id}/vote`, { importance: 'critical' }, 'PUT');
    expect(first.json()).toMatchObject({ voteCount: 1, weightedVotes: 2, myVote: { importance: 'critical' } });
    expect(
      (await post(bo, `/api/v1/ideas/${original.id}/vote`, { importance: 'critical' }, 'PUT')).json().voteCount,
    ).toBe(1);
    const second = (await post(ana, `/api/v1/ideas/${original.id}/vote`, { importance: 'important' }, 'PUT')).json();
    // Ana is VIP (x3) voting "important" (x1): 2 + 3.
    expect(second).toMatchObject({ voteCount: 2, weightedVotes: 5, status: 'under_review' });
    const detail = (await get(ana, `/api/v1/ideas/${original.id}`)).json();
    expect(detail.threshold).toMatchObject({ target: 2, supporters: 2, overdue: false });
    const due = new Date(detail.threshold.answerDueAt).getTime() - new Date(detail.threshold.reachedAt).getTime();
    expect(Math.round(due / 86_400_000)).toBe(10);
    const events = await t.database.db
      .selectFrom('platform_events')
      .select(['name', 'customer_id', 'payload'])
      .where('name', 'in', ['ideas.vote.cast', 'ideas.threshold.reached'])
      .execute()
      // Other tests vote on ideas of their own; only this idea's events count here.
      .then((rows) => rows.filter((e) => (e.payload as { ideaId?: string }).ideaId === original.id));
    expect(events.filter((e) => e.name === 'ideas.threshold.reached')).toHaveLength(1);
    expect(events.filter((e) => e.name === 'ideas.vote.cast').map((e) => e.customer_id)).toEqual(
      expect.arrayContaining([ana.userId, bo.userId]),
    );

    // A duplicate with an overlapping voter (Bo) and a new one (Cy): merged, 3 people, not 4.
    const dup = await submit(cy, '洗衣机能不能安静一点');
    await post(bo, `/api/v1/ideas/${dup.id}/vote`, {}, 'PUT');
    await post(cy, `/api/v1/ideas/${dup.id}/vote`, {}, 'PUT');
    await post(cy, `/api/v1/ideas/${dup.id}/comments`, { body: '晚上太吵了' });
    const merged = await post(agent, `/api/v1/ideas/${dup.id}/merge`, { intoId: original.id });
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ id: original.id, voteCount: 3, commentCount: 1 });
    expect((await get(null, `/api/v1/ideas/${dup.id}`)).json()).toMatchObject({
      mergedIntoId: original.id,
      voteCount: 0,
    });
    const comments = (await get(null, `/api/v1/ideas/${original.id}/comments`)).json();
    expect(comments.items[0]).toMatchObject({ body: '晚上太吵了', movedFromIdeaId: dup.id });
    await deliver();
    const cyNotes = (await get(cy, '/api/v1/notifications')).json();
    expect(cyNotes.items.map((n: { kind: string }) => n.kind)).toContain('ideas.merged');

    // Official answer, then shipped: the followers hear about both, in their language, by mail too.
    const answered = await post(
      agent,
      `/api/v1/ideas/${original.id}/answer`,
      { body: '我们会在下个版本加入**静音洗**。' },
      'PUT',
    );
    expect(answered.json().answer.bodyHtml).toContain('<p>我们会在下个版本加入<strong>静音洗</strong>。</p>');
    await post(agent, `/api/v1/ideas/${original.id}/status`, { status: 'planned', note: '排进 6 月版本' });
    const shipped = await post(agent, `/api/v1/ideas/${original.id}/status`, {
      status: 'shipped',
      note: '固件 2.3 已上线',
    });
    expect(shipped.json()).toMatchObject({ status: 'shipped', stage: 'shipped' });
    await deliver();
    const notes = (await get(ana, '/api/v1/notifications')).json();
    expect(notes.items.map((n: { kind: string }) => n.kind)).toEqual(
      expect.arrayContaining(['ideas.shipped', 'ideas.answered', 'ideas.status_changed']),
    );
    // The answer reaches followers as written, without its markup.
    const answeredNote = notes.items.find((n: { kind: string }) => n.kind === 'ideas.answered');
    expect(JSON.stringify(answeredNote)).toContain('我们会在下个版本加入静音洗。');
    expect(notes.items[0]).toMatchObject({
      kind: 'ideas.shipped',
      title: '已上线：洗衣机增加静音洗模式',
      link: `/ideas/${original.id}`,
      read: false,
    });
    expect(notes.unreadCount).toBeGreaterThanOrEqual(3);
    const history = (await get(null, `/api/v1/ideas/${original.id}/history`)).json();
    expect(history.items.map((h: { toStatus: string }) => h.toStatus)).toEqual(['under_review', 'planned', 'shipped']);
    const changelog = (await get(null, '/api/v1/ideas/changelog')).json();
    expect(changelog.items[0]).toMatchObject({ id: original.id, answerHtml: expect.stringContaining('静音洗') });
    const roadmap = (await get(null, '/api/v1/ideas/roadmap')).json();
    expect(roadmap.columns.find((c: { stage: string }) => c.stage === 'shipped').items[0].id).toBe(original.id);
    expect(await linkInMail(t.database.db, 'ana@example.com', '/notifications/unsubscribe')).toMatch(/\./);
    expect((await post(bo, `/api/v1/ideas/${original.id}/vote`, {}, 'DELETE')).json().voteCount).toBe(2);
  });

  it('tells followers after the request, once per event however often it is delivered, and never the person who acted', async () => {
    const idea = await submit(bo, 'Child lock on the control panel');
    await post(cy, `/api/v1/ideas/${idea.id}/vote`, {}, 'PUT');
    expect((await post(agent, `/api/v1/ideas/${idea.id}/follow`, {}, 'PUT')).statusCode).toBe(204);
    await post(agent, `/api/v1/ideas/${idea.id}/status`, { status: 'planned', note: 'Q3 firmware' });
    const told = async () => {
      const rows = await t.database.db
        .selectFrom('notifications')
        .select(['user_id', 'kind', 'params'])
        .where('link', '=', `/ideas/${idea.id}`)
        .orderBy('user_id')
        .execute();
      const mails = (
        await t.database.db
          .selectFrom('platform_jobs')
          .select('payload')
          .where('name', '=', 'platform.mail.send')
          .execute()
      )
        .map((j) => j.payload as { subject: string; to: string })
        .filter((m) => m.subject.includes('Child lock on the control panel'));
      return { rows, mails: mails.map((m) => m.to).sort() };
    };
    // The request only recorded the event.
    expect(await told()).toEqual({ rows: [], mails: [] });

    await deliver();
    const once = await told();
    // The author and the voter follow it; the agent follows it too but made the change.
    expect(once.rows.map((r) => r.user_id)).toEqual([bo.userId, cy.userId].sort());
    for (const row of once.rows) {
      expect(row).toMatchObject({
        kind: 'ideas.status_changed',
        params: {
          ideaTitle: 'Child lock on the control panel',
          statusNames: { 'zh-CN': '已规划', en: 'Planned' },
          note: 'Q3 firmware',
        },
      });
    }
    expect(once.mails).toEqual(['bo@example.com', 'cy@example.com']);
    const cyNote = (await get(cy, '/api/v1/notifications'))
      .json()
      .items.find((n: { link: string }) => n.link === `/ideas/${idea.id}`);
    expect(cyNote).toMatchObject({ title: '想法「Child lock on the control panel」的状态变为：已规划', read: false });

    // Every event delivered again, as after a crash before the subscriber's checkpoint committed.
    await rewindSubscriber(t.database.db, 'ideas.notify-followers');
    await deliver();
    expect(await told()).toEqual(once);
  });

  it('leaves alone events recorded while requests told the followers themselves (payload version 1)', async () => {
    const idea = await submit(bo, 'Steam refresh programme');
    await withTransaction(t.database.db, (tx) =>
      record(tx, {
        name: 'ideas.status.changed',
        workspaceId: owner.workspaceId,
        actorId: null,
        customerId: bo.userId,
        payload: { ideaId: idea.id, from: 'open', to: 'planned', stage: 'planned', note: '' },
      }),
    );
    await deliver();
    expect(
      await t.database.db.selectFrom('notifications').select('id').where('link', '=', `/ideas/${idea.id}`).execute(),
    ).toEqual([]);
  });

  it('keeps a vote budget, and gives votes back when an idea ships', async () => {
    const budget = (await post(owner, '/api/v1/idea-boards', { slug: 'app', name: 'App', voteBudget: 1 })).json();
    expect(budget.voteBudget).toBe(1);
    const one = await submit(ana, 'Widget for the home screen', '', 'app');
    const two = await submit(ana, 'Apple Watch companion', '', 'app');
    expect((await post(bo, `/api/v1/ideas/${one.id}/vote`, {}, 'PUT')).json().votesLeft).toBe(0);
    expect((await post(bo, `/api/v1/ideas/${two.id}/vote`, {}, 'PUT')).json().code).toBe('vote_budget_spent');
    await post(agent, `/api/v1/ideas/${one.id}/status`, { status: 'declined', note: 'Not now' });
    expect((await post(bo, `/api/v1/ideas/${two.id}/vote`, {}, 'PUT')).json()).toMatchObject({
      voteCount: 1,
      votesLeft: 0,
    });
    expect((await get(bo, '/api/v1/idea-boards/app')).json().votesLeft).toBe(0);
  });

  it('records votes added on behalf with who and why, and exports them', async () => {
    const idea = await submit(bo, 'Longer warranty for VIP customers');
    const res = await post(agent, `/api/v1/ideas/${idea.id}/votes-on-behalf`, {
      customerEmail: 'CY@example.com',
      reason: '电话回访时客户提出',
    });
    expect(res.json().voteCount).toBe(1);
    const voters = (await get(agent, `/api/v1/ideas/${idea.id}/voters`)).json();
    expect(voters.items[0]).toMatchObject({
      userId: cy.userId,
      onBehalfBy: 'agent 同事',
      onBehalfReason: '电话回访时客户提出',
    });
    expect((await get(cy, `/api/v1/ideas/${idea.id}/voters`)).statusCode).toBe(403);
    const csv = await get(agent, '/api/v1/ideas-console/export.csv?board=washers');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Longer warranty for VIP customers');
    expect(csv.body).toContain('cy <cy@example.com> (important, ×1, via agent 同事)');
  });

  it('lists overdue ideas and response rates', async () => {
    // A board of its own: one idea answered, one past its answer date, whatever other tests do.
    const board = await createBoard('overdue-lab', { answerDays: 10 });
    const answeredIdea = await submit(ana, '洗衣机滚筒可以自动清洁吗', '', board.slug);
    await post(bo, `/api/v1/ideas/${answeredIdea.id}/vote`, {}, 'PUT');
    const answer = await post(agent, `/api/v1/ideas/${answeredIdea.id}/answer`, { body: '已在评估。' }, 'PUT');
    expect(answer.statusCode, answer.body).toBe(200);
    const idea = await submit(cy, '洗衣机门把手容易坏', '', board.slug);
    await sql`update ideas set answer_due_at = now() - interval '3 days' where id = ${idea.id}`.execute(t.database.db);
    const overdue = (await get(agent, '/api/v1/ideas-console/overdue')).json();
    expect(overdue.items.find((i: { id: string }) => i.id === idea.id)).toMatchObject({ daysOverdue: 3 });
    const stats = (await get(agent, '/api/v1/ideas-console/board-stats')).json();
    const own = stats.items.find((b: { boardId: string }) => b.boardId === board.id);
    expect(own.answered).toBe(1);
    expect(own.overdue).toBe(1);
    expect(own.responseRate).toBeGreaterThan(0);
    expect(own.medianHoursToFirstAnswer).toBeGreaterThanOrEqual(0);
    const prio = (await get(agent, `/api/v1/ideas-console/priorities?board=${board.slug}&sort=weighted`)).json();
    expect(prio.items).toHaveLength(2);
    expect(prio.items[0].weightedVotes).toBeGreaterThanOrEqual(prio.items[1].weightedVotes);
    await post(agent, `/api/v1/ideas/${idea.id}`, { rice: { impact: 2, confidence: 80, effort: 2 } }, 'PATCH');
    expect((await get(agent, `/api/v1/ideas/${idea.id}`)).json().rice).toMatchObject({ reach: 0, score: 0 });
    expect((await get(cy, `/api/v1/ideas/${idea.id}`)).json().rice).toBeNull();
  });
});

describe('API description', () => {
  it('documents every ideas and notifications route in OpenAPI', async () => {
    const doc = (await get(null, '/api/v1/openapi.json')).json();
    for (const path of [
      '/api/v1/ideas',
      '/api/v1/ideas/similar',
      '/api/v1/ideas/{id}/merge',
      '/api/v1/ideas/{id}/votes-on-behalf',
      '/api/v1/ideas-console/export.csv',
      '/api/v1/notifications/unsubscribe',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});

describe('boards and moderation', () => {
  it('keeps private boards to members and segments', async () => {
    const vip = (
      await post(owner, '/api/v1/idea-boards', {
        slug: 'vip-lab',
        name: 'VIP lab',
        visibility: 'private',
        accessSegments: ['VIP'],
        memberIds: [cy.userId],
      })
    ).json();
    expect((await get(bo, '/api/v1/idea-boards/vip-lab')).statusCode).toBe(404);
    expect((await get(null, '/api/v1/idea-boards')).json().items.map((b: { slug: string }) => b.slug)).not.toContain(
      'vip-lab',
    );
    expect((await get(ana, '/api/v1/idea-boards/vip-lab')).statusCode).toBe(200);
    expect((await get(cy, `/api/v1/idea-boards/${vip.id}`)).statusCode).toBe(200);
    const idea = await submit(ana, 'Early access to new models', '', 'vip-lab');
    expect((await get(bo, `/api/v1/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await post(bo, `/api/v1/ideas/${idea.id}/vote`, {}, 'PUT')).statusCode).toBe(404);
  });

  it('holds ideas of new customers for moderation, then approves them', async () => {
    await post(owner, '/api/v1/idea-boards', { slug: 'moderated', name: 'Moderated', premoderation: 'new_customers' });
    const idea = await submit(bo, 'Self-cleaning drum reminder', '', 'moderated');
    expect(idea.moderation).toBe('pending');
    expect((await get(null, `/api/v1/ideas/${idea.id}`)).statusCode).toBe(404);
    expect((await get(null, '/api/v1/ideas?board=moderated')).json().items).toEqual([]);
    const inbox = (await get(agent, '/api/v1/ideas-console/inbox')).json();
    expect(inbox.items[0]).toMatchObject({ id: idea.id, moderation: 'pending' });
    await post(agent, `/api/v1/ideas/${idea.id}`, { moderation: 'visible', board: 'washers', locked: true }, 'PATCH');
    const after = (await get(null, `/api/v1/ideas/${idea.id}`)).json();
    expect(after).toMatchObject({ moderation: 'visible', boardSlug: 'washers', locked: true });
    expect((await post(cy, `/api/v1/ideas/${idea.id}/vote`, {}, 'PUT')).json().code).toBe('idea_locked');
  });

  it('threads replies one level, lets authors edit briefly, and takes reports', async () => {
    const idea = await submit(ana, 'Detergent auto-dosing');
    const top = (
      await post(bo, `/api/v1/ideas/${idea.id}/comments`, { body: 'Yes! <img src=x onerror=alert(1)>' })
    ).json();
    expect(top.bodyHtml).not.toMatch(/<img/);
    // Every response naming a comment names its author the same way, whoever asks.
    expect(top).toMatchObject({ authorName: expect.stringMatching(/\S/), staff: false, editable: true });
    const author = { authorId: top.authorId, authorName: top.authorName, staff: false };
    const reply = (await post(cy, `/api/v1/ideas/${idea.id}/comments`, { body: 'Agree', parentId: top.id })).json();
    const nested = (
      await post(ana, `/api/v1/ideas/${idea.id}/comments`, { body: 'Me too', parentId: reply.id })
    ).json();
    expect(nested.parentId).toBe(top.id);
    expect((await post(bo, `/api/v1/idea-comments/${top.id}`, { body: 'Yes, please!' }, 'PATCH')).json()).toMatchObject(
      { ...author, body: 'Yes, please!', editable: true, reportCount: null },
    );
    expect((await post(cy, `/api/v1/idea-comments/${top.id}`, { body: 'hijack' }, 'PATCH')).statusCode).toBe(403);
    await sql`update idea_comments set created_at = now() - interval '1 hour' where id = ${top.id}`.execute(
      t.database.db,
    );
    expect((await post(bo, `/api/v1/idea-comments/${top.id}`, { body: 'late' }, 'PATCH')).json().code).toBe(
      'edit_window_closed',
    );
    expect((await post(ana, `/api/v1/idea-comments/${top.id}/reports`, { reason: 'spam link' })).statusCode).toBe(204);
    expect((await post(agent, `/api/v1/idea-comments/${top.id}/moderation`, { hidden: true })).json()).toMatchObject({
      ...author,
      hidden: true,
      body: 'Yes, please!',
      reportCount: 1,
      editable: false,
    });
    const seen = (await get(cy, `/api/v1/ideas/${idea.id}/comments`)).json();
    expect(seen.items[0]).toMatchObject({ ...author, hidden: true, body: '' });
    expect((await get(null, `/api/v1/ideas/${idea.id}`)).json().commentCount).toBe(3);
  });

  it('lets admins replace the status workflow but not drop a status in use', async () => {
    const statuses = (await get(null, '/api/v1/idea-statuses')).json().items;
    expect(statuses.map((s: { key: string }) => s.key)).toEqual([
      'open',
      'under_review',
      'planned',
      'in_progress',
      'shipped',
      'declined',
    ]);
    const used = await submit(ana, 'Steam refresh programme');
    await post(agent, `/api/v1/ideas/${used.id}/status`, { status: 'shipped', note: '' });
    const withoutShipped = statuses.filter((s: { key: string }) => s.key !== 'shipped');
    const dropped = await inject(t.app, owner, {
      method: 'PUT',
      url: '/api/v1/idea-statuses',
      payload: { items: withoutShipped },
    });
    expect(dropped.json().code, dropped.body).toBe('status_in_use');
    const more = [...statuses, { key: 'testing', stage: 'in_progress', names: { 'zh-CN': '内测中', en: 'Beta' } }];
    expect(
      (await inject(t.app, owner, { method: 'PUT', url: '/api/v1/idea-statuses', payload: { items: more } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await inject(t.app, agent, { method: 'PUT', url: '/api/v1/idea-statuses', payload: { items: more } }))
        .statusCode,
    ).toBe(403);
  });
});
