import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createStaff, inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { multipartFile } from '../../test-support/multipart.js';
import { modules } from '../index.js';

let t: TestApp;
let owner: Session;
let agent: Session;
let alice: Session;
let bob: Session;
let photo: Buffer;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'haier');
  agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'haier', 'agent');
  alice = await signUpCustomer(t.app, 'alice@example.com');
  bob = await signUpCustomer(t.app, 'bob@example.com');
  photo = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#cc3333' } })
    .jpeg()
    .toBuffer();
});
afterAll(() => t.close());

const upload = async (session: Session) => {
  const body = multipartFile('file', 'leak.jpg', 'image/jpeg', photo);
  const res = await inject(t.app, session, {
    method: 'POST',
    url: '/api/v1/files?purpose=case_photo',
    payload: body.payload,
    headers: body.headers,
  });
  expect(res.statusCode).toBe(201);
  return res.json().id as string;
};
const file = (session: Session, extra: Record<string, unknown> = {}) =>
  inject(t.app, session, {
    method: 'POST',
    url: '/api/v1/my/cases',
    payload: {
      type: 'complaint',
      subject: '洗衣机漏水',
      description: '用了三个月，底部漏水。',
      product: '洗衣机',
      model: 'EG100',
      purchaseDate: '2026-01-05',
      requestedRemedy: '换新',
      ...extra,
    },
  });
const otherWorkspaceAdmin = async () => {
  const id = (
    await inject(t.app, owner, { method: 'POST', url: '/api/v1/workspaces', payload: { name: '美的', slug: 'midea' } })
  ).json().id as string;
  return createStaff(t.app, t.database.db, id, 'midea', 'admin');
};
const events = async (name: string) =>
  t.database.db.selectFrom('platform_events').selectAll().where('name', '=', name).execute();
/** The events of that name about one case: other tests' cases record them too. */
const eventsOf = async (name: string, caseId: string) =>
  (await events(name)).filter((e) => (e.payload as { caseId?: string }).caseId === caseId);
const mails = async (to: string) =>
  (await t.database.db.selectFrom('platform_jobs').select('payload').where('name', '=', 'platform.mail.send').execute())
    .map((j) => j.payload as { to: string; subject: string; text: string })
    .filter((m) => m.to === to);

describe('the ISO 10002 flow, co-created with the customer', () => {
  it('answers every change with the case as a fresh read shows it', async () => {
    // Commands hand the route the case as they left it; the answer must not differ from a read.
    const asRead = async (session: Session, url: string, res: { statusCode: number; json(): unknown }) => {
      expect(res.statusCode).toBeLessThan(300);
      const answer = res.json() as { id: string };
      expect((await inject(t.app, session, { url: `${url}/${answer.id}` })).json()).toEqual(answer);
      return answer as Record<string, unknown> & { id: string; offers: { id: string; slots: { id: string }[] }[] };
    };
    const send = (session: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
      inject(t.app, session, { method, url, ...(payload ? { payload: payload as Record<string, unknown> } : {}) });
    const mine = '/api/v1/my/cases';
    const staff = '/api/v1/cases';

    const c = await asRead(alice, mine, await file(alice));
    await asRead(alice, mine, await send(alice, 'POST', `${mine}/${c.id}/messages`, { body: '补充：漏水在排水口' }));
    await asRead(
      agent,
      staff,
      await send(agent, 'PATCH', `${staff}/${c.id}`, { priority: 'urgent', purchaseDate: '2025-02-01' }),
    );
    await asRead(agent, staff, await send(agent, 'POST', `${staff}/${c.id}/assignment`, { assigneeId: agent.userId }));
    await asRead(
      agent,
      staff,
      await send(agent, 'POST', `${staff}/${c.id}/messages`, { body: '内部', internal: true }),
    );
    const waiting = await asRead(
      agent,
      staff,
      await send(agent, 'POST', `${staff}/${c.id}/messages`, { body: '请拍一张铭牌', waitOnCustomer: true }),
    );
    expect(waiting).toMatchObject({ status: 'waiting_on_customer', slaPaused: true });
    const slots = [{ startsAt: '2026-12-03T09:00:00+08:00', endsAt: '2026-12-03T11:00:00+08:00' }];
    const offer = { offers: [{ remedy: 'repair', terms: '上门维修', slots }] };
    await asRead(agent, staff, await send(agent, 'POST', `${staff}/${c.id}/offers`, offer));
    const declined = await asRead(
      alice,
      mine,
      await send(alice, 'POST', `${mine}/${c.id}/decision`, { accept: false, reason: '希望换新' }),
    );
    expect(declined.status).toBe('remedy_rejected');
    await asRead(alice, mine, await send(alice, 'POST', `${mine}/${c.id}/escalation`, { reason: '请主管看看' }));
    const offered = await asRead(agent, staff, await send(agent, 'POST', `${staff}/${c.id}/offers`, offer));
    const open = offered.offers.at(-1)!;
    await asRead(
      alice,
      mine,
      await send(alice, 'POST', `${mine}/${c.id}/decision`, {
        accept: true,
        offerId: open.id,
        slotId: open.slots[0]!.id,
      }),
    );
    await asRead(agent, staff, await send(agent, 'POST', `${staff}/${c.id}/carried-out`, {}));
    await asRead(agent, staff, await send(agent, 'POST', `${staff}/${c.id}/resolution`, { note: '已修好' }));
    await asRead(alice, mine, await send(alice, 'POST', `${mine}/${c.id}/rating`, { score: 4, comment: '' }));
    const reopened = await asRead(
      alice,
      mine,
      await send(alice, 'POST', `${mine}/${c.id}/reopen`, { reason: '又坏了' }),
    );
    expect(reopened).toMatchObject({ status: 'open', reopenedCount: 1, canReopen: false });

    const board = (await send(owner, 'POST', '/api/v1/idea-boards', { slug: 'dryers', name: '干衣机' })).json();
    const ideaId = (await send(alice, 'POST', '/api/v1/ideas', { board: board.slug, title: '排水口加滤网' })).json().id;
    const linked = await asRead(
      agent,
      staff,
      await send(agent, 'POST', `${staff}/${c.id}/idea-link`, { ideaId, title: '排水口加滤网' }),
    );
    expect(linked.idea).toEqual({ id: ideaId, title: '排水口加滤网' });
    await asRead(agent, staff, await send(agent, 'DELETE', `${staff}/${c.id}/idea-link`));
    await asRead(agent, staff, await send(agent, 'POST', `${staff}/${c.id}/cocreation-invitation`, {}));

    const recorded = await asRead(
      agent,
      staff,
      await send(agent, 'POST', staff, {
        type: 'repair',
        subject: '电话报修：漏水',
        description: '客户来电',
        product: '洗衣机',
        customer: { email: 'alice@example.com', name: 'Alice' },
      }),
    );
    const merged = await asRead(
      agent,
      staff,
      await send(agent, 'POST', `${staff}/${recorded.id}/merge`, { intoCaseId: c.id }),
    );
    expect(merged).toMatchObject({ status: 'merged', mergedInto: { id: c.id } });
  });

  it('receives, acknowledges, assesses, offers remedies, lets the customer choose, resolves and gets rated', async () => {
    const fileId = await upload(alice);
    const filed = await file(alice, { fileIds: [fileId] });
    expect(filed.statusCode).toBe(201);
    const c = filed.json();
    expect(c.number).toMatch(/^CS-\d{4}-\d{6}$/);
    expect(c).toMatchObject({ status: 'new', warrantyStatus: 'in_warranty', warrantyMonths: 12, priority: 'normal' });
    expect(c.files).toHaveLength(1);
    expect(c.firstResponseDueAt).not.toBeNull();
    // Acknowledged at once: in the portal thread and by mail, with the number and the reply time.
    expect(c.messages[0]).toMatchObject({ authorKind: 'system' });
    expect(c.messages[0].body).toContain(c.number);
    const ack = (await mails('alice@example.com')).find((m) => m.subject.includes(c.number))!;
    expect(ack.text).toContain(c.number);
    expect((await events('cases.case.received')).map((e) => (e.payload as { caseId: string }).caseId)).toContain(c.id);
    expect(await eventsOf('cases.case.acknowledged', c.id)).toHaveLength(1);

    const assessed = await inject(t.app, agent, {
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}`,
      payload: { severity: 'high', priority: 'high' },
    });
    expect(assessed.json()).toMatchObject({ severity: 'high', priority: 'high', status: 'open' });
    await inject(t.app, agent, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/assignment`,
      payload: { assigneeId: agent.userId },
    });
    await inject(t.app, agent, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/messages`,
      payload: { body: '内部：疑似进水阀问题', internal: true },
    });
    const replied = (
      await inject(t.app, agent, {
        method: 'POST',
        url: `/api/v1/cases/${c.id}/messages`,
        payload: { body: '您好，我们已收到，正在安排。' },
      })
    ).json();
    expect(replied.firstRespondedAt).not.toBeNull();

    const slots = [
      { startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-01T11:00:00+08:00' },
      { startsAt: '2026-12-02T14:00:00+08:00', endsAt: '2026-12-02T16:00:00+08:00' },
    ];
    const offered = await inject(t.app, agent, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/offers`,
      payload: {
        offers: [
          { remedy: 'repair', terms: '免费上门维修', slots },
          { remedy: 'replacement', terms: '整机换新，旧机回收', slots: [slots[1]] },
        ],
      },
    });
    expect(offered.statusCode).toBe(200);
    expect(offered.json()).toMatchObject({ status: 'remedy_offered', slaPaused: true });
    const offers = offered.json().offers as { id: string; remedy: string; slots: { id: string }[] }[];

    // The customer sees the public reply and the offers, never the internal note.
    const seen = (await inject(t.app, alice, { url: `/api/v1/my/cases/${c.id}` })).json();
    expect(JSON.stringify(seen)).not.toContain('内部');
    expect(seen.messages.every((m: { internal: boolean }) => !m.internal)).toBe(true);
    expect(seen.offers).toHaveLength(2);

    const badSlot = await inject(t.app, alice, {
      method: 'POST',
      url: `/api/v1/my/cases/${c.id}/decision`,
      payload: { accept: true, offerId: offers[0]!.id },
    });
    expect(badSlot.json().code).toBe('validation_failed');
    const chosen = await inject(t.app, alice, {
      method: 'POST',
      url: `/api/v1/my/cases/${c.id}/decision`,
      payload: { accept: true, offerId: offers[0]!.id, slotId: offers[0]!.slots[1]!.id },
    });
    expect(chosen.json().status).toBe('remedy_accepted');
    expect(chosen.json().offers.map((o: { status: string }) => o.status)).toEqual(['accepted', 'superseded']);
    expect(chosen.json().offers[0].chosenSlot.startsAt).toBe('2026-12-02T06:00:00.000Z');

    expect(
      (await inject(t.app, agent, { method: 'POST', url: `/api/v1/cases/${c.id}/carried-out`, payload: {} })).json()
        .status,
    ).toBe('carried_out');
    const resolved = (
      await inject(t.app, agent, {
        method: 'POST',
        url: `/api/v1/cases/${c.id}/resolution`,
        payload: { note: '已上门更换进水阀。' },
      })
    ).json();
    expect(resolved).toMatchObject({ status: 'resolved', canRate: true, canReopen: true });
    const resolvedEvent = (await events('cases.case.resolved')).find(
      (e) => (e.payload as { caseId: string }).caseId === c.id,
    )!;
    expect(resolvedEvent.payload).toMatchObject({ number: c.number, remedy: 'repair' });

    const rated = (
      await inject(t.app, alice, {
        method: 'POST',
        url: `/api/v1/my/cases/${c.id}/rating`,
        payload: { score: 5, comment: '师傅很专业' },
      })
    ).json();
    expect(rated).toMatchObject({ satisfaction: 5, canRate: false });

    const history = (await inject(t.app, agent, { url: `/api/v1/cases/${c.id}/history` }))
      .json()
      .items.map((h: { action: string }) => h.action);
    expect(history).toEqual([
      'received',
      'assessed',
      'assigned',
      'note_added',
      'replied',
      'remedies_offered',
      'remedy_accepted',
      'remedy_carried_out',
      'resolved',
      'rated',
    ]);

    const reopened = (
      await inject(t.app, alice, {
        method: 'POST',
        url: `/api/v1/my/cases/${c.id}/reopen`,
        payload: { reason: '又漏水了' },
      })
    ).json();
    expect(reopened).toMatchObject({ status: 'open', reopenedCount: 1 });
    expect(await eventsOf('cases.case.reopened', c.id)).toHaveLength(1);
  });

  it('keeps a declined case open and shows the ways to escalate, including the external recourse text', async () => {
    const settings = (await inject(t.app, owner, { url: '/api/v1/cases/settings' })).json();
    await inject(t.app, owner, {
      method: 'PUT',
      url: '/api/v1/cases/settings',
      payload: { ...settings, externalRecourse: '您也可以拨打 12315 消费者投诉热线。' },
    });
    const c = (await file(alice)).json();
    const offered = (
      await inject(t.app, agent, {
        method: 'POST',
        url: `/api/v1/cases/${c.id}/offers`,
        payload: { offers: [{ remedy: 'technical_guidance', terms: '远程指导清理滤网' }] },
      })
    ).json();
    const declined = (
      await inject(t.app, alice, {
        method: 'POST',
        url: `/api/v1/my/cases/${c.id}/decision`,
        payload: { accept: false, reason: '已经清理过，没有用' },
      })
    ).json();
    expect(declined).toMatchObject({
      status: 'remedy_rejected',
      slaPaused: false,
      declineReason: '已经清理过，没有用',
      escalation: { internal: true, externalRecourse: '您也可以拨打 12315 消费者投诉热线。' },
    });
    expect(declined.offers[0]).toMatchObject({ id: offered.offers[0].id, status: 'declined' });
    expect(await eventsOf('cases.remedy.rejected', c.id)).toHaveLength(1);
    const escalated = (
      await inject(t.app, alice, {
        method: 'POST',
        url: `/api/v1/my/cases/${c.id}/escalation`,
        payload: { reason: '希望主管处理' },
      })
    ).json();
    expect(escalated).toMatchObject({ priority: 'high', escalation: { internal: false } });
    expect((await mails(`owner@haier.example`)).some((m) => m.subject.includes(c.number))).toBe(true);
  });

  it('flags safety issues: urgent, first in the queue, supervisors alerted', async () => {
    const normal = (await file(bob, { subject: '噪音大' })).json();
    const safety = (await file(bob, { subject: '插头冒烟', safetyConcern: true })).json();
    expect(safety).toMatchObject({ safety: true, priority: 'urgent', severity: 'critical' });
    const queue = (await inject(t.app, agent, { url: '/api/v1/cases?view=safety' })).json();
    expect(queue.items.map((i: { id: string }) => i.id)).toEqual([safety.id]);
    const all = (await inject(t.app, agent, { url: '/api/v1/cases?limit=100' }))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(all.indexOf(safety.id)).toBeLessThan(all.indexOf(normal.id));
    expect(
      (await mails('owner@haier.example')).some((m) => m.subject.includes(safety.number) && m.subject.includes('安全')),
    ).toBe(true);
    expect(await eventsOf('cases.case.safety_flagged', safety.id)).toHaveLength(1);
  });
});

describe('who sees what', () => {
  it('shows a customer only their own cases', async () => {
    const hers = (await file(alice, { subject: 'alice 的洗碗机' })).json();
    const mine = (await file(bob, { subject: 'bob 的冰箱' })).json();
    expect((await inject(t.app, alice, { url: `/api/v1/my/cases/${mine.id}` })).statusCode).toBe(404);
    expect(
      (
        await inject(t.app, alice, {
          method: 'POST',
          url: `/api/v1/my/cases/${mine.id}/messages`,
          payload: { body: 'hi' },
        })
      ).statusCode,
    ).toBe(404);
    const list = (await inject(t.app, alice, { url: '/api/v1/my/cases?limit=100' })).json();
    expect(list.items.map((i: { id: string }) => i.id)).toContain(hers.id);
    expect(list.items.every((i: { customer: { id: string } }) => i.customer.id === alice.userId)).toBe(true);
    expect((await inject(t.app, alice, { url: '/api/v1/cases' })).statusCode).toBe(403);
  });

  it("keeps another workspace's agents out", async () => {
    const mine = (await file(bob)).json();
    const other = await otherWorkspaceAdmin();
    expect((await inject(t.app, other, { url: `/api/v1/cases/${mine.id}` })).statusCode).toBe(404);
    expect(
      (await inject(t.app, other, { method: 'POST', url: `/api/v1/cases/${mine.id}/messages`, payload: { body: 'x' } }))
        .statusCode,
    ).toBe(404);
    expect((await inject(t.app, other, { url: '/api/v1/cases?limit=100' })).json().items).toEqual([]);
  });

  it('renders what a customer writes as safe HTML', async () => {
    const c = (
      await file(alice, { description: 'hello <script>alert(1)</script> <img src=x onerror="alert(2)"> **bold**' })
    ).json();
    expect(c.descriptionHtml).not.toMatch(/<script|<img|<[^>]*onerror/i);
    expect(c.descriptionHtml).toContain('&lt;script&gt;');
    expect(c.descriptionHtml).toContain('<strong>bold</strong>');
    const after = (
      await inject(t.app, alice, {
        method: 'POST',
        url: `/api/v1/my/cases/${c.id}/messages`,
        payload: { body: '<svg onload=alert(3)>' },
      })
    ).json();
    expect(after.messages.at(-1).bodyHtml).not.toMatch(/<svg|<[^>]*onload/i);
  });
});

describe('case numbers', () => {
  it('are unique and gap-free, also when filings race and one rolls back', async () => {
    const before = (await file(alice)).json().number as string;
    const start = Number(before.slice(-6));
    const stolen = await upload(bob);
    const [a, failed, b, c] = await Promise.all([
      file(alice),
      file(alice, { fileIds: [stolen] }),
      file(alice),
      file(alice),
    ]);
    expect(failed.json().code).toBe('file_not_claimable');
    const numbers = [a, b, c].map((r) => Number(r.json().number.slice(-6))).sort((x, y) => x - y);
    expect(numbers).toEqual([start + 1, start + 2, start + 3]);
  });
});
