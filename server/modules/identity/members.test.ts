import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import {
  createStaff,
  inject,
  linkInMail,
  PASSWORD,
  setUpWorkspace,
  signUpCustomer,
  type Session,
} from '../../test-support/identity.js';
import { identityModule } from './index.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  owner = await setUpWorkspace(t.app, 'gree');
});
afterAll(() => t.close());

describe('invitations', () => {
  it('invites an agent by mail, who accepts and joins as staff', async () => {
    const memberNames = async () =>
      (await inject(t.app, owner, { url: '/api/v1/members' }))
        .json()
        .items.map((m: { displayName: string }) => m.displayName)
        .sort() as string[];
    const before = await memberNames();
    const invited = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: 'Agent.Zhao@Example.com', role: 'agent' },
    });
    expect(invited.statusCode).toBe(201);
    const token = await linkInMail(t.database.db, 'agent.zhao@example.com', '/console/accept-invitation');
    const preview = (await inject(t.app, null, { url: `/api/v1/invitations/preview?token=${token}` })).json();
    expect(preview).toMatchObject({ email: 'agent.zhao@example.com', role: 'agent', workspace: { slug: 'gree' } });
    const accepted = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, displayName: '赵客服', password: PASSWORD },
    });
    expect(accepted.json().user).toMatchObject({ role: 'agent', displayName: '赵客服', emailVerified: true });
    const again = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, displayName: 'x', password: PASSWORD },
    });
    expect(again.json().code).toBe('invalid_token');
    // Other tests add staff of their own; this one adds exactly the invited agent.
    expect(before).toContain('王经理');
    expect(await memberNames()).toEqual([...before, '赵客服'].sort());
  });

  it('refuses expired and withdrawn invitations', async () => {
    const one = (
      await inject(t.app, owner, {
        method: 'POST',
        url: '/api/v1/invitations',
        payload: { email: 'late@example.com', role: 'moderator' },
      })
    ).json();
    await sql`update invitations set expires_at = now() - interval '1 minute' where id = ${one.id}`.execute(
      t.database.db,
    );
    const late = await linkInMail(t.database.db, 'late@example.com', '/console/accept-invitation');
    expect((await inject(t.app, null, { url: `/api/v1/invitations/preview?token=${late}` })).json().code).toBe(
      'invalid_token',
    );

    const two = (
      await inject(t.app, owner, {
        method: 'POST',
        url: '/api/v1/invitations',
        payload: { email: 'withdrawn@example.com', role: 'agent' },
      })
    ).json();
    expect((await inject(t.app, owner, { method: 'DELETE', url: `/api/v1/invitations/${two.id}` })).statusCode).toBe(
      204,
    );
    const withdrawn = await linkInMail(t.database.db, 'withdrawn@example.com', '/console/accept-invitation');
    expect(
      (
        await inject(t.app, null, {
          method: 'POST',
          url: '/api/v1/invitations/accept',
          payload: { token: withdrawn, displayName: 'x', password: PASSWORD },
        })
      ).json().code,
    ).toBe('invalid_token');
  });

  it('turns an existing customer with that email into staff', async () => {
    const customer = await signUpCustomer(t.app, 'fan@example.com');
    await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: 'fan@example.com', role: 'moderator' },
    });
    const token = await linkInMail(t.database.db, 'fan@example.com', '/console/accept-invitation');
    const accepted = (
      await inject(t.app, null, {
        method: 'POST',
        url: '/api/v1/invitations/accept',
        payload: { token, displayName: '版主', password: PASSWORD },
      })
    ).json();
    expect(accepted.user).toMatchObject({ id: customer.userId, role: 'moderator' });
  });
});

describe('roles', () => {
  it('lets admins manage all but owners, and keeps at least one owner', async () => {
    const admin = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'admin');
    const agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
    expect(
      (
        await inject(t.app, admin, {
          method: 'PATCH',
          url: `/api/v1/members/${agent.userId}`,
          payload: { role: 'moderator' },
        })
      ).json().role,
    ).toBe('moderator');
    expect(
      (
        await inject(t.app, admin, {
          method: 'PATCH',
          url: `/api/v1/members/${agent.userId}`,
          payload: { role: 'owner' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await inject(t.app, admin, {
          method: 'PATCH',
          url: `/api/v1/members/${owner.userId}`,
          payload: { role: 'agent' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await inject(t.app, owner, {
          method: 'PATCH',
          url: `/api/v1/members/${owner.userId}`,
          payload: { role: 'admin' },
        })
      ).json().code,
    ).toBe('last_owner');
    expect(
      (
        await inject(t.app, agent, {
          method: 'PATCH',
          url: `/api/v1/members/${admin.userId}`,
          payload: { role: 'agent' },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('removing a member disables the account and ends its sessions', async () => {
    const agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
    expect((await inject(t.app, owner, { method: 'DELETE', url: `/api/v1/members/${agent.userId}` })).statusCode).toBe(
      204,
    );
    expect((await inject(t.app, agent, { url: '/api/v1/me' })).statusCode).toBe(401);
  });
});

describe('audit log', () => {
  it('records who changed what, when and from where', async () => {
    // The membership changes the log must show, made here rather than left to other tests.
    const send = async (method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: Record<string, unknown>) => {
      const res = await inject(t.app, owner, { method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res;
    };
    await send('POST', '/api/v1/invitations', { email: 'audited@example.com', role: 'agent' });
    const token = await linkInMail(t.database.db, 'audited@example.com', '/console/accept-invitation');
    const joined = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, displayName: '审计客服', password: PASSWORD },
    });
    expect(joined.statusCode, joined.body).toBe(200);
    const revoked = (await send('POST', '/api/v1/invitations', { email: 'revoked@example.com', role: 'agent' })).json();
    await send('DELETE', `/api/v1/invitations/${revoked.id}`);
    const staff = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'agent');
    await send('PATCH', `/api/v1/members/${staff.userId}`, { role: 'moderator' });
    await send('DELETE', `/api/v1/members/${staff.userId}`);

    await inject(t.app, owner, {
      method: 'PATCH',
      url: '/api/v1/workspace',
      payload: { name: '格力共创', timeZone: 'Asia/Shanghai' },
      remoteAddress: '10.1.2.3',
      headers: { 'user-agent': 'AuditTest/1.0' },
    });
    const log = (await inject(t.app, owner, { url: '/api/v1/audit-log?limit=3' })).json();
    expect(log.items[0]).toMatchObject({
      action: 'workspace.updated',
      actorLabel: '王经理 <owner@gree.example>',
      ip: '10.1.2.3',
      userAgent: 'AuditTest/1.0',
      details: { fields: ['name', 'timeZone'] },
    });
    const actions = [];
    let cursor: string | null = null;
    do {
      const page: { items: { action: string }[]; nextCursor: string | null } = (
        await inject(t.app, owner, { url: `/api/v1/audit-log?limit=5${cursor ? `&cursor=${cursor}` : ''}` })
      ).json();
      actions.push(...page.items.map((i: { action: string }) => i.action));
      cursor = page.nextCursor;
    } while (cursor);
    expect(actions).toEqual(
      expect.arrayContaining([
        'workspace.created',
        'member.invited',
        'member.joined',
        'member.invitation_revoked',
        'member.role_changed',
        'member.removed',
      ]),
    );
  });

  it('validates settings with field names', async () => {
    const res = await inject(t.app, owner, {
      method: 'PATCH',
      url: '/api/v1/workspace',
      payload: { timeZone: 'Mars/Olympus', slug: 'API', businessHours: { mon: [{ start: '18:00', end: '09:00' }] } },
    });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.timeZone', 'body.slug']));
  });
});

describe('more workspaces', () => {
  it('lets an owner create another workspace and switch to it', async () => {
    const created = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/workspaces',
      payload: { name: '格力空调', slug: 'gree-ac' },
    });
    expect(created.statusCode).toBe(201);
    const mine = (await inject(t.app, owner, { url: '/api/v1/me/workspaces' })).json();
    expect(mine.items.map((w: { slug: string }) => w.slug).sort()).toEqual(['gree', 'gree-ac']);
    const switched = await inject(t.app, owner, {
      method: 'POST',
      url: '/api/v1/me/switch-workspace',
      payload: { workspaceId: created.json().id },
    });
    expect(switched.json()).toMatchObject({ workspace: { slug: 'gree-ac' }, user: { role: 'owner' } });
    const agent = await createStaff(t.app, t.database.db, owner.workspaceId, 'gree', 'admin');
    expect(
      (
        await inject(t.app, agent, {
          method: 'POST',
          url: '/api/v1/me/switch-workspace',
          payload: { workspaceId: created.json().id },
        })
      ).statusCode,
    ).toBe(403);
  });
});
