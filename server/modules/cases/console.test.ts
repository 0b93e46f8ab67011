import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { createStaff, inject, setUpWorkspace, signUpCustomer, type Session } from '../../test-support/identity.js';
import { modules } from '../index.js';
import { scanSla } from './sla/scan.js';

let t: TestApp;
let owner: Session;
let agentA: Session;
let agentB: Session;
let carol: Session;
beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'gree');
  agentA = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
  agentB = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
  carol = await signUpCustomer(t.app, 'carol@example.com');
});
afterAll(() => t.close());

const file = async (subject = '空调不制冷', extra: Record<string, unknown> = {}) =>
  (
    await inject(t.app, carol, {
      method: 'POST',
      url: '/api/v1/my/cases',
      payload: { type: 'repair', subject, description: '开机半小时仍是热风', product: '空调', ...extra },
    })
  ).json();
const post = (s: Session, url: string, payload: unknown) =>
  inject(t.app, s, { method: 'POST', url, payload: payload as Record<string, unknown> });
const put = (s: Session, url: string, payload: unknown) =>
  inject(t.app, s, { method: 'PUT', url, payload: payload as Record<string, unknown> });
const ids = (res: { json(): { items: { id: string }[] } }) => res.json().items.map((i) => i.id);
/** A day as the workspace's reports count it (its time zone), and the day n days on. */
const dayIn = (timeZone: string, at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const eventCount = async (name: string) =>
  Number(
    (await sql<{ n: string }>`select count(*) as n from platform_events where name = ${name}`.execute(t.database.db))
      .rows[0]!.n,
  );

describe('assignment', () => {
  it('assigns round-robin and least-loaded within a team, and by default on filing', async () => {
    // Agents of this test's own, so the loads compared below are only the cases filed here.
    const agentA = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
    const agentB = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
    const team = (
      await post(owner, '/api/v1/case-teams', {
        name: '空调组',
        assignment: 'round_robin',
        memberIds: [agentA.userId, agentB.userId],
      })
    ).json();
    const settings = (await inject(t.app, owner, { url: '/api/v1/cases/settings' })).json();
    expect((await put(owner, '/api/v1/cases/settings', { ...settings, defaultTeamId: team.id })).statusCode).toBe(200);
    const picks = [];
    for (let i = 0; i < 4; i++) picks.push((await file(`轮询 ${i}`)).assignee.id);
    expect(picks[0]).not.toBe(picks[1]);
    expect(picks[0]).toBe(picks[2]);
    expect(picks[1]).toBe(picks[3]);

    await put(owner, `/api/v1/case-teams/${team.id}`, {
      name: '空调组',
      assignment: 'least_loaded',
      memberIds: [agentA.userId, agentB.userId],
    });
    // Give agent A three more open cases; the next pick is B.
    for (let i = 0; i < 3; i++) {
      const c = await file(`负载 ${i}`);
      await post(owner, `/api/v1/cases/${c.id}/assignment`, { assigneeId: agentA.userId });
    }
    const next = await file('最少负载');
    expect(next.assignee.id).toBe(agentB.userId);
    await put(owner, '/api/v1/cases/settings', { ...settings, defaultTeamId: null });
  });

  it('shows the queue views: mine, unassigned, team', async () => {
    const c = await file('队列');
    const unassigned = (await inject(t.app, agentA, { url: '/api/v1/cases?view=unassigned&limit=100' }))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(unassigned).toContain(c.id);
    await post(agentA, `/api/v1/cases/${c.id}/assignment`, { assigneeId: agentA.userId });
    const mine = (await inject(t.app, agentA, { url: '/api/v1/cases?view=mine&limit=100' }))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(mine).toContain(c.id);
    expect(
      (await inject(t.app, agentB, { url: '/api/v1/cases?view=mine&limit=100' }))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(c.id);
    const team = (
      await post(owner, '/api/v1/case-teams', { name: '队列组', assignment: 'round_robin', memberIds: [agentB.userId] })
    ).json();
    const teamCase = await file('团队队列');
    await post(owner, `/api/v1/cases/${teamCase.id}/assignment`, { teamId: team.id });
    const teamView = ids(await inject(t.app, agentB, { url: '/api/v1/cases?view=team&limit=100' }));
    expect(teamView).toContain(teamCase.id);
    expect(teamView).not.toContain(c.id);
  });

  it('pages through the queue with cursors, without repeats', async () => {
    // At least three pages of three, whatever else the workspace holds.
    for (let i = 0; i < 7; i++) await file(`翻页 ${i}`);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await inject(t.app, agentA, { url: `/api/v1/cases?limit=3${cursor ? `&cursor=${cursor}` : ''}` })
      ).json();
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        seen.add(item.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    const total = Number(
      (
        await sql<{
          n: string;
        }>`select count(*) as n from cases where status not in ('resolved', 'merged') and workspace_id = ${owner.workspaceId}`.execute(
          t.database.db,
        )
      ).rows[0]!.n,
    );
    expect(total).toBeGreaterThanOrEqual(7);
    expect(seen.size).toBe(total);
  });
});

describe('SLA', () => {
  it('warns before and escalates on breach: event, raised priority, supervisors mailed', async () => {
    const c = await file('超时测试');
    const due = new Date(c.slaDueAt);
    const eventsOf = async (name: string) =>
      (await t.database.db.selectFrom('platform_events').select('payload').where('name', '=', name).execute()).filter(
        (e) => (e.payload as { caseId: string }).caseId === c.id,
      );
    await scanSla(t.database.db, new Date(due.getTime() - 30 * 60_000));
    expect(await eventsOf('cases.sla.warned')).toHaveLength(1);
    await scanSla(t.database.db, new Date(due.getTime() - 20 * 60_000));
    expect(await eventsOf('cases.sla.warned')).toHaveLength(1);
    expect(await eventsOf('cases.sla.breached')).toHaveLength(0);
    await scanSla(t.database.db, new Date(due.getTime() + 60_000));
    expect(await eventsOf('cases.sla.breached')).toHaveLength(1);
    await scanSla(t.database.db, new Date(due.getTime() + 2 * 60_000));
    expect(await eventsOf('cases.sla.breached')).toHaveLength(1);
    const after = (await inject(t.app, agentA, { url: `/api/v1/cases/${c.id}` })).json();
    expect(after).toMatchObject({ priority: 'high', slaBreached: true });
    const mails = await t.database.db
      .selectFrom('platform_jobs')
      .select('payload')
      .where('name', '=', 'platform.mail.send')
      .execute();
    expect(
      mails.some(
        (m) =>
          (m.payload as { subject: string }).subject.includes(c.number) &&
          (m.payload as { to: string }).to === 'owner@gree.example',
      ),
    ).toBe(true);
    const history = (await inject(t.app, agentA, { url: `/api/v1/cases/${c.id}/history` })).json().items;
    expect(history.find((h: { action: string }) => h.action === 'sla_breached')).toMatchObject({
      actor: 'system',
      changes: { priority: ['normal', 'high'] },
    });
  });

  it('stops the clock while waiting on the customer and restarts it when they answer', async () => {
    const c = await file('暂停测试');
    const waiting = (
      await post(agentA, `/api/v1/cases/${c.id}/messages`, { body: '请提供购买发票照片', waitOnCustomer: true })
    ).json();
    expect(waiting).toMatchObject({ status: 'waiting_on_customer', slaPaused: true, slaDueAt: null });
    const answered = (await post(carol, `/api/v1/my/cases/${c.id}/messages`, { body: '发票已上传' })).json();
    expect(answered).toMatchObject({ status: 'open', slaPaused: false });
    expect(answered.nextResponseDueAt).not.toBeNull();
  });

  it('uses the workspace policies, holidays and make-up days', async () => {
    await put(owner, '/api/v1/cases/sla-policies', {
      items: [
        {
          priority: 'normal',
          caseType: 'repair',
          firstResponseMinutes: 30,
          nextResponseMinutes: 60,
          resolutionMinutes: 600,
        },
      ],
    });
    const calendar = {
      items: [
        { day: '2026-10-01', kind: 'holiday', name: '国庆节' },
        { day: '2026-10-10', kind: 'workday', name: '国庆调休' },
      ],
    };
    expect((await put(owner, '/api/v1/cases/calendar', calendar)).json()).toEqual(calendar);
    const c = await file('策略');
    const dues = (await inject(t.app, agentA, { url: `/api/v1/cases/${c.id}` })).json();
    const { businessMinutesBetween } = await import('./sla/calendar.js');
    const cal = {
      timeZone: 'Asia/Shanghai',
      hours: {
        mon: [{ start: '09:00', end: '18:00' }],
        tue: [{ start: '09:00', end: '18:00' }],
        wed: [{ start: '09:00', end: '18:00' }],
        thu: [{ start: '09:00', end: '18:00' }],
        fri: [{ start: '09:00', end: '18:00' }],
      },
      holidays: new Set(['2026-10-01']),
      workdays: new Set(['2026-10-10']),
    };
    expect(Math.round(businessMinutesBetween(cal, new Date(dues.createdAt), new Date(dues.firstResponseDueAt)))).toBe(
      30,
    );
    expect(Math.round(businessMinutesBetween(cal, new Date(dues.createdAt), new Date(dues.resolutionDueAt)))).toBe(600);
    await put(owner, '/api/v1/cases/sla-policies', { items: [] });
  });
});

describe('organising cases', () => {
  it('merges a duplicate, links an idea, invites the customer into co-creation, tags a root cause', async () => {
    const invitedBefore = await eventCount('cases.customer.invited_to_cocreation');
    const a = await file('重复 A');
    const b = await file('重复 B');
    const merged = (await post(agentA, `/api/v1/cases/${b.id}/merge`, { intoCaseId: a.id })).json();
    expect(merged).toMatchObject({ status: 'merged', mergedInto: { id: a.id, number: a.number } });
    const board = (await post(owner, '/api/v1/idea-boards', { slug: 'washers', name: '洗衣机' })).json();
    const ideaId = (await post(carol, '/api/v1/ideas', { board: board.slug, title: '增加静音模式' })).json().id;
    expect(
      (await post(agentA, `/api/v1/cases/${a.id}/idea-link`, { ideaId, title: '增加静音模式' })).json().idea,
    ).toEqual({ id: ideaId, title: '增加静音模式' });
    const elsewhere = await post(agentA, `/api/v1/cases/${a.id}/idea-link`, {
      ideaId: '01900000-0000-7000-8000-0000000000aa',
      title: '别处的想法',
    });
    expect(elsewhere.json().errors).toEqual([expect.objectContaining({ field: 'body.ideaId' })]);
    expect((await post(agentA, `/api/v1/cases/${a.id}/cocreation-invitation`, {})).json().invitedToCocreation).toBe(
      true,
    );
    expect((await post(agentA, `/api/v1/cases/${a.id}/cocreation-invitation`, {})).json().code).toBe('already_invited');
    expect(await eventCount('cases.customer.invited_to_cocreation')).toBe(invitedBefore + 1);

    const parent = (await post(owner, '/api/v1/case-root-causes', { name: '零部件' })).json();
    const child = (await post(owner, '/api/v1/case-root-causes', { name: '压缩机', parentId: parent.id })).json();
    const tree = (await inject(t.app, agentA, { url: '/api/v1/case-root-causes' })).json().items;
    expect(tree.map((r: { path: string }) => r.path)).toEqual(['零部件', '零部件 › 压缩机']);
    const resolved = (
      await post(agentA, `/api/v1/cases/${a.id}/resolution`, { note: '更换压缩机', rootCauseId: child.id })
    ).json();
    expect(resolved).toMatchObject({ status: 'resolved', rootCauseId: child.id });
    expect(
      (await inject(t.app, owner, { method: 'DELETE', url: `/api/v1/case-root-causes/${child.id}` })).json().code,
    ).toBe('root_cause_in_use');
  });

  it('applies bulk actions all or nothing', async () => {
    const x = await file('批量 1');
    const y = await file('批量 2');
    expect(
      (
        await post(agentA, '/api/v1/cases/bulk', {
          caseIds: [x.id, y.id],
          action: { kind: 'priority', priority: 'high' },
        })
      ).json(),
    ).toEqual({ updated: 2 });
    expect(
      (
        await post(agentA, '/api/v1/cases/bulk', {
          caseIds: [x.id, y.id],
          action: { kind: 'assign', assigneeId: agentB.userId },
        })
      ).json(),
    ).toEqual({ updated: 2 });
    const after = (await inject(t.app, agentB, { url: `/api/v1/cases/${y.id}` })).json();
    expect(after).toMatchObject({ priority: 'high', assignee: { id: agentB.userId } });
    await post(agentA, `/api/v1/cases/${x.id}/offers`, { offers: [{ remedy: 'repair', terms: '上门' }] });
    const refused = await post(agentA, '/api/v1/cases/bulk', {
      caseIds: [x.id, y.id],
      action: { kind: 'resolve', note: '' },
    });
    expect(refused.json().code).toBe('offer_pending');
    expect((await inject(t.app, agentB, { url: `/api/v1/cases/${y.id}` })).json().status).not.toBe('resolved');
  });

  it('fills macros with the case and people', async () => {
    const macro = (
      await post(owner, '/api/v1/case-macros', {
        name: '致歉',
        body: '{{customer.name}}您好，关于 {{case.number}}（{{case.product}}）给您带来不便，{{agent.name}}深表歉意。{{unknown.thing}}',
      })
    ).json();
    const c = await file('宏');
    const rendered = (await inject(t.app, agentA, { url: `/api/v1/cases/${c.id}/macros/${macro.id}` })).json();
    expect(rendered.body).toBe(
      `carol您好，关于 ${c.number}（空调）给您带来不便，agent 同事深表歉意。{{unknown.thing}}`,
    );
  });

  it('lets an agent record a case from a phone call, creating the caller', async () => {
    const res = await post(agentA, '/api/v1/cases', {
      type: 'complaint',
      subject: '电话投诉：安装师傅迟到',
      description: '约定上午，下午才到',
      channel: 'phone',
      customer: { email: 'Caller@Example.com', name: '来电客户' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ channel: 'phone', customer: { displayName: '来电客户' } });
  });
});

describe('reports', () => {
  it('reports by dimension, as JSON and as CSV', async () => {
    // Days are counted in the workspace's time zone, which is not UTC's day around midnight.
    const { time_zone: timeZone } = await t.database.db
      .selectFrom('workspaces')
      .select('time_zone')
      .where('id', '=', owner.workspaceId)
      .executeTakeFirstOrThrow();
    const today = dayIn(timeZone, new Date());
    const from = addDays(today, -2);
    const to = addDays(today, 1);
    const repairRow = async () => {
      const report = (
        await inject(t.app, agentA, { url: `/api/v1/cases/reports?from=${from}&to=${to}&groupBy=type` })
      ).json();
      return {
        report,
        repair: report.rows.find((r: { key: string }) => r.key === 'repair') ?? { volume: 0, resolved: 0 },
      };
    };
    const before = (await repairRow()).repair;
    const filed = [];
    for (let i = 0; i < 6; i++) filed.push(await file(`报表 ${i}`));
    expect((await post(agentA, `/api/v1/cases/${filed[0].id}/resolution`, { note: '已修好' })).json().status).toBe(
      'resolved',
    );
    const { report, repair } = await repairRow();
    expect(repair.volume - before.volume).toBe(6);
    expect(repair.resolved - before.resolved).toBe(1);
    expect(report.daily.map((d: { day: string }) => d.day)).toEqual([from, addDays(from, 1), today, to]);
    const filedOn = dayIn(timeZone, new Date(filed[5].createdAt));
    expect(report.daily.find((d: { day: string }) => d.day === filedOn).received).toBeGreaterThan(0);
    const csv = await inject(t.app, agentA, { url: `/api/v1/cases/reports.csv?from=${from}&to=${to}&groupBy=product` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toBe(
      'group,volume,resolved,avg_first_response_minutes,avg_resolution_minutes,sla_compliance,remedy_acceptance,reopen_rate,avg_satisfaction',
    );
    expect(csv.body).toContain('空调');
  });
});

describe('settings', () => {
  it('answers a save with the settings as they read back afterwards', async () => {
    const get = async (url: string) => (await inject(t.app, owner, { url })).json();
    const [settingsBefore, calendarBefore] = [await get('/api/v1/cases/settings'), await get('/api/v1/cases/calendar')];

    const settings = {
      ...settingsBefore,
      externalRecourse: '  也可拨打 12315。  ',
      warrantyTerms: [{ product: '空调', months: 36 }],
    };
    const savedSettings = (await put(owner, '/api/v1/cases/settings', settings)).json();
    expect(savedSettings).toEqual({ ...settings, externalRecourse: '也可拨打 12315。' });
    expect(await get('/api/v1/cases/settings')).toEqual(savedSettings);

    const policy = (priority: string, caseType: string) => ({
      priority,
      caseType,
      firstResponseMinutes: 30,
      nextResponseMinutes: 60,
      resolutionMinutes: 600,
    });
    const policies = [
      policy('urgent', 'repair'),
      policy('high', '*'),
      policy('urgent', '*'),
      policy('high', 'complaint'),
    ];
    const savedPolicies = (await put(owner, '/api/v1/cases/sla-policies', { items: policies })).json();
    expect(
      savedPolicies.items.map((p: { priority: string; caseType: string }) => `${p.priority}/${p.caseType}`),
    ).toEqual(['high/*', 'high/complaint', 'urgent/*', 'urgent/repair']);
    expect(savedPolicies.defaults.urgent).toEqual({
      firstResponseMinutes: 60,
      nextResponseMinutes: 120,
      resolutionMinutes: 480,
    });
    expect(await get('/api/v1/cases/sla-policies')).toEqual(savedPolicies);
    await put(owner, '/api/v1/cases/sla-policies', { items: [] });

    const days = [
      { day: '2027-02-06', kind: 'holiday', name: '春节' },
      { day: '2026-12-31', kind: 'workday' },
      { day: '2027-01-01', kind: 'holiday', name: ' 元旦 ' },
    ];
    const savedCalendar = (await put(owner, '/api/v1/cases/calendar', { items: days })).json();
    expect(savedCalendar.items).toEqual([
      { day: '2026-12-31', kind: 'workday', name: '' },
      { day: '2027-01-01', kind: 'holiday', name: '元旦' },
      { day: '2027-02-06', kind: 'holiday', name: '春节' },
    ]);
    expect(await get('/api/v1/cases/calendar')).toEqual(savedCalendar);

    await put(owner, '/api/v1/cases/calendar', calendarBefore);
    await put(owner, '/api/v1/cases/settings', settingsBefore);
  });
});
