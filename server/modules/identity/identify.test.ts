import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import { inject, setUpWorkspace, type Session } from '../../test-support/identity.js';
import { identityModule } from './index.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  owner = await setUpWorkspace(t.app, 'midea');
});
afterAll(() => t.close());

/** Read when a token is signed: the rotation test changes it. */
const currentSecret = async () =>
  (await inject(t.app, owner, { url: '/api/v1/workspace/identify' })).json().secret as string;
const hs256 = async (claims: Record<string, unknown>, key?: string, expiresIn: string | number = '5m') =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(key ?? (await currentSecret())));
const identify = (token: string) =>
  inject(t.app, null, { method: 'POST', url: '/api/v1/identify', payload: { token } });

describe('identified customers', () => {
  it('creates the customer on first sight and updates attributes after', async () => {
    const first = await identify(
      await hs256({
        sub: 'crm-1001',
        email: 'li@example.com',
        name: '李雷',
        attributes: { segment: 'VIP', city: '青岛' },
      }),
    );
    expect(first.statusCode).toBe(200);
    expect(first.json().user).toMatchObject({
      displayName: '李雷',
      externalId: 'crm-1001',
      role: 'customer',
      email: 'li@example.com',
      emailVerified: false,
      attributes: { segment: 'VIP', city: '青岛' },
    });
    expect(first.cookies.find((c) => c.name === 'cocreate_session')).toBeDefined();

    const again = await identify(await hs256({ sub: 'crm-1001', attributes: { plan: 'gold', city: '上海' } }));
    expect(again.json().user.id).toBe(first.json().user.id);
    expect(again.json().user.attributes).toEqual({ segment: 'VIP', city: '上海', plan: 'gold' });
    const events = await t.database.db
      .selectFrom('platform_events')
      .select('payload')
      .where('name', '=', 'identity.customer.identified')
      .execute()
      // Other tests identify customers of their own; only this one's events count here.
      .then((rows) => rows.filter((e) => (e.payload as { externalId?: string }).externalId === 'crm-1001'));
    expect(events.map((e) => (e.payload as { created: boolean }).created)).toEqual([true, false]);
  });

  it('refuses bad signatures, expired and long-lived tokens, and tokens naming no one', async () => {
    const secret = await currentSecret();
    const cases = [
      await hs256({ sub: 'x' }, 'not-the-secret-of-this-workspace'),
      await hs256({ sub: 'x' }, secret, Math.floor(Date.now() / 1000) - 120),
      await hs256({ sub: 'x' }, secret, '2h'),
      await hs256({ email: 'x@example.com' }),
      'definitely not a jwt',
      (await hs256({ sub: 'x' })).replace(/\.[^.]+$/, '.'),
    ];
    for (const token of cases) {
      expect((await identify(token)).json()).toMatchObject({ status: 401, code: 'invalid_identity_token' });
    }
  });

  it('stores the asserted address unverified and never takes over an account with a password by it', async () => {
    const signedUp = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'mei@example.com', password: 'a long enough password', displayName: 'Mei' },
    });
    expect(signedUp.statusCode).toBe(202);
    const res = await identify(await hs256({ sub: 'crm-mei', email: 'mei@example.com' }));
    expect(res.statusCode).toBe(200);
    const portalAccount = await t.database.db
      .selectFrom('users')
      .select(['id', 'external_id'])
      .where('email', '=', 'mei@example.com')
      .executeTakeFirstOrThrow();
    expect(res.json().user).toMatchObject({ email: null, emailVerified: false, externalId: 'crm-mei' });
    expect(res.json().user.id).not.toBe(portalAccount.id);
    expect(portalAccount.external_id).toBeNull();
  });

  it('never signs in as a staff account, even with its email', async () => {
    const res = await identify(await hs256({ sub: 'crm-evil', email: 'owner@midea.example' }));
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ role: 'customer', email: null });
  });

  it('accepts RS256 tokens once a public key is configured', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({ sub: 'crm-2002', name: 'Ada' })
      .setProtectedHeader({ alg: 'RS256' })
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await identify(token)).json().code).toBe('invalid_identity_token');
    const set = await inject(t.app, owner, {
      method: 'PUT',
      url: '/api/v1/workspace/identify/public-key',
      payload: { publicKey: await exportSPKI(publicKey) },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual((await inject(t.app, owner, { url: '/api/v1/workspace/identify' })).json());
    expect(set.json().publicKey).toBe(await exportSPKI(publicKey));
    expect((await identify(token)).json().user).toMatchObject({ displayName: 'Ada', externalId: 'crm-2002' });
  });

  it('hands the widget frame a header session instead of a cookie when asked', async () => {
    const res = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/identify',
      payload: { token: await hs256({ sub: 'crm-4004', name: '韩梅梅' }), delivery: 'header' },
    });
    expect(res.cookies.find((c) => c.name === 'cocreate_session')).toBeUndefined();
    const { sessionToken } = res.json();
    const me = await t.app.inject({ url: '/api/v1/me', headers: { 'x-cocreate-session': sessionToken } });
    expect(me.json().user.displayName).toBe('韩梅梅');
    // A header is never attached by the browser on its own, so no CSRF header is needed with it.
    const write = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { 'x-cocreate-session': sessionToken },
      payload: { locale: 'zh-CN' },
    });
    expect(write.statusCode).toBe(200);
  });

  it('stops accepting the old secret after rotation', async () => {
    const secret = await currentSecret();
    const oldToken = await hs256({ sub: 'crm-3003' }, secret);
    const rotated = (
      await inject(t.app, owner, { method: 'POST', url: '/api/v1/workspace/identify/rotate-secret' })
    ).json();
    expect(rotated.secret).not.toBe(secret);
    expect(rotated).toEqual((await inject(t.app, owner, { url: '/api/v1/workspace/identify' })).json());
    expect((await identify(oldToken)).statusCode).toBe(401);
    expect((await identify(await hs256({ sub: 'crm-3003' }, rotated.secret))).statusCode).toBe(200);
  });
});
