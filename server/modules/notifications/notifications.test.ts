import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../platform/db/index.js';
import { newId } from '../../platform/ids.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import {
  inject,
  linkInMail,
  setUpWorkspace,
  signUpCustomer,
  updatePerson,
  type Session,
} from '../../test-support/identity.js';
import { modules } from '../index.js';
import { notify, registerEmailCategory, registerNotificationKind } from './index.js';

let t: TestApp;
let owner: Session;

registerEmailCategory({ key: 'test_orders', labels: { 'zh-CN': '订单进展', en: 'Order progress' } });
registerNotificationKind<{ order: string }>({
  kind: 'test.order_shipped',
  category: 'test_orders',
  templates: {
    'zh-CN': (p) => ({ title: `订单 ${p.order} 已发货`, body: `你的订单 ${p.order} 已发货。` }),
    en: (p) => ({ title: `Order ${p.order} shipped`, body: `Your order ${p.order} is on its way.` }),
  },
});

const send = (order: string, userIds: string[]) =>
  withTransaction(t.database.db, (tx) =>
    notify(tx, {
      workspaceId: owner.workspaceId,
      userIds,
      kind: 'test.order_shipped',
      params: { order },
      link: `/orders/${order}`,
      baseUrl: 'https://brand.example',
    }),
  );

const mailsTo = async (to: string) => {
  const jobs = await t.database.db
    .selectFrom('platform_jobs')
    .select('payload')
    .where('name', '=', 'platform.mail.send')
    .execute();
  return jobs
    .map((j) => j.payload as { to: string; subject: string; text: string; headers: Record<string, string> })
    .filter((m) => m.to === to && m.headers?.['List-Unsubscribe']);
};

type Customer = Session & { email: string };

/** Customers of the test's own, so no test counts what another sent: li reads Chinese, sam English. */
const customers = async () => {
  const suffix = newId().slice(-8);
  const signUp = async (name: string): Promise<Customer> => {
    const email = `${name}-${suffix}@example.com`;
    return { ...(await signUpCustomer(t.app, email, 'midea')), email };
  };
  const li = await signUp('li');
  const sam = await signUp('sam');
  await updatePerson(t.database.db, sam, { locale: 'en' });
  return { li, sam };
};

beforeAll(async () => {
  t = await createTestApp(modules);
  owner = await setUpWorkspace(t.app, 'midea');
});
afterAll(() => t.close());

describe('notifications', () => {
  it('tells each person in their own language, in the app and by email', async () => {
    const { li, sam } = await customers();
    expect(await send('A-1', [li.userId, sam.userId, li.userId])).toBe(2);
    const liList = (await inject(t.app, li, { url: '/api/v1/notifications' })).json();
    expect(liList).toMatchObject({
      unreadCount: 1,
      items: [{ title: '订单 A-1 已发货', link: '/orders/A-1', read: false, category: 'test_orders' }],
    });
    const samList = (await inject(t.app, sam, { url: '/api/v1/notifications' })).json();
    expect(samList.items[0].title).toBe('Order A-1 shipped');
    const [mail] = await mailsTo(sam.email);
    expect(mail).toMatchObject({ subject: 'Order A-1 shipped' });
    expect(mail!.text).toContain('https://brand.example/orders/A-1');
    expect(mail!.headers['List-Unsubscribe']).toMatch(/^<https:\/\/brand\.example\/notifications\/unsubscribe\?token=/);
    expect((await mailsTo(li.email))[0]!.text).toContain('退订');
  });

  it('marks one and all read', async () => {
    const { li, sam } = await customers();
    await send('A-1', [li.userId]);
    await send('A-2', [li.userId]);
    const list = (await inject(t.app, li, { url: '/api/v1/notifications' })).json();
    expect(list.unreadCount).toBe(2);
    expect(
      (await inject(t.app, li, { method: 'POST', url: `/api/v1/notifications/${list.items[0].id}/read` })).statusCode,
    ).toBe(204);
    expect((await inject(t.app, li, { url: '/api/v1/notifications/unread-count' })).json().unreadCount).toBe(1);
    expect(
      (await inject(t.app, sam, { method: 'POST', url: `/api/v1/notifications/${list.items[0].id}/read` })).statusCode,
    ).toBe(404);
    expect((await inject(t.app, li, { method: 'POST', url: '/api/v1/notifications/read-all' })).json().marked).toBe(1);
    expect((await inject(t.app, li, { url: '/api/v1/notifications?unread=true' })).json().items).toEqual([]);
  });

  it('stops a category by signed link without signing in, and by preferences', async () => {
    const { li, sam } = await customers();
    await send('A-1', [li.userId]);
    const token = await linkInMail(t.database.db, li.email, '/notifications/unsubscribe');
    expect(
      (await inject(t.app, null, { url: `/api/v1/notifications/unsubscribe?token=${token}` })).json(),
    ).toMatchObject({ category: 'test_orders', label: '订单进展', email: true });
    const forged = `${token.slice(0, -3)}xyz`;
    expect(
      (
        await inject(t.app, null, {
          method: 'POST',
          url: '/api/v1/notifications/unsubscribe',
          payload: { token: forged },
        })
      ).json().code,
    ).toBe('invalid_token');
    expect(
      (
        await inject(t.app, null, { method: 'POST', url: '/api/v1/notifications/unsubscribe', payload: { token } })
      ).json().email,
    ).toBe(false);
    const before = (await mailsTo(li.email)).length;
    await send('A-3', [li.userId]);
    expect((await mailsTo(li.email)).length).toBe(before);
    // The email stopped, the notification in the app did not.
    const inApp = (await inject(t.app, li, { url: '/api/v1/notifications' })).json();
    expect(inApp.unreadCount).toBe(2);
    expect(inApp.items[0].title).toBe('订单 A-3 已发货');

    const prefs = (await inject(t.app, sam, { url: '/api/v1/notifications/preferences' })).json();
    expect(prefs.categories).toContainEqual({ key: 'test_orders', label: 'Order progress', email: true });
    const off = (
      await inject(t.app, sam, {
        method: 'PUT',
        url: '/api/v1/notifications/preferences',
        payload: { email: { test_orders: false } },
      })
    ).json();
    expect(off.categories).toContainEqual({ key: 'test_orders', label: 'Order progress', email: false });
    expect(
      (
        await inject(t.app, sam, {
          method: 'PUT',
          url: '/api/v1/notifications/preferences',
          payload: { email: { nope: false } },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('tells each person once about one event, however often a subscriber is handed it', async () => {
    const { li, sam: wu } = await customers();
    const eventId = newId();
    const tell = () =>
      withTransaction(t.database.db, (tx) =>
        notify(tx, {
          workspaceId: owner.workspaceId,
          userIds: [li.userId, wu.userId],
          kind: 'test.order_shipped',
          params: { order: 'E-1' },
          link: '/orders/E-1',
          baseUrl: 'https://brand.example',
          eventId,
        }),
      );
    expect(await tell()).toBe(2);
    expect(await tell()).toBe(0);
    const rows = await t.database.db
      .selectFrom('notifications')
      .select('user_id')
      .where('link', '=', '/orders/E-1')
      .execute();
    expect(rows.map((r) => r.user_id).sort()).toEqual([li.userId, wu.userId].sort());
    expect((await mailsTo(wu.email)).map((m) => m.subject)).toEqual(['Order E-1 shipped']);
  });
});
