import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import {
  PASSWORD,
  inject,
  linkInMail,
  setUpWorkspace,
  signIn,
  signUpCustomer,
  type Session,
} from '../../test-support/identity.js';
import { identityModule } from './index.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  owner = await setUpWorkspace(t.app, 'haier');
});
afterAll(() => t.close());

describe('first-run setup', () => {
  it('happens once; afterwards the site no longer asks for it', async () => {
    const again = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/setup',
      payload: {
        workspace: { name: 'x', slug: 'other' },
        owner: { email: 'x@x.example', password: PASSWORD, displayName: 'x' },
      },
    });
    expect(again.json()).toMatchObject({ status: 409, code: 'setup_done' });
    const site = (await inject(t.app, null, { url: '/api/v1/site' })).json();
    expect(site).toMatchObject({
      setupNeeded: false,
      workspace: { slug: 'haier', name: 'haier 品牌', defaultLocale: 'zh-CN' },
    });
  });

  it('stores passwords hashed with scrypt', async () => {
    const row = await t.database.db
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', owner.userId)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.password_hash).not.toContain(PASSWORD);
  });
});

describe('customer sign-up and email verification', () => {
  it('signs the customer up, mails a link, and verifies once', async () => {
    const customer = await signUpCustomer(t.app, 'Lin@Example.com');
    const me = (await inject(t.app, customer, { url: '/api/v1/me' })).json();
    expect(me.user).toMatchObject({ email: 'lin@example.com', role: 'customer', emailVerified: false });

    const token = await linkInMail(t.database.db, 'lin@example.com', '/verify-email');
    const verified = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/verify-email',
      payload: { token },
    });
    // The link signs its owner in, in the browser that opened it.
    expect(verified.json().user).toMatchObject({ email: 'lin@example.com', emailVerified: true });
    expect(verified.headers['set-cookie']).toContain('cocreate_session=');
    expect((await inject(t.app, customer, { url: '/api/v1/me' })).json().user.emailVerified).toBe(true);
    const reused = await inject(t.app, null, { method: 'POST', url: '/api/v1/auth/verify-email', payload: { token } });
    expect(reused.json()).toMatchObject({ status: 400, code: 'invalid_token' });
  });

  it('answers a sign-up for a registered address like any other, signs no one in, and mails the owner a way in', async () => {
    await signUpCustomer(t.app, 'taken@example.com');
    const taken = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'taken@example.com', password: 'an attacker password', displayName: 'x' },
    });
    const fresh = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'fresh@example.com', password: PASSWORD, displayName: 'y' },
    });
    for (const res of [taken, fresh]) {
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ ok: true });
      expect(res.cookies.find((c) => c.name === 'cocreate_session')).toBeUndefined();
    }
    // The account keeps its password; the mail carries a sign-in link for its owner.
    expect((await signIn(t.app, 'taken@example.com', 'an attacker password')).statusCode).toBe(401);
    const job = await t.database.db
      .selectFrom('platform_jobs')
      .select('payload')
      .where('name', '=', 'platform.mail.send')
      .orderBy('created_at', 'desc')
      .execute();
    const mail = job
      .map((j) => j.payload as { to: string; subject: string; text: string })
      .find((m) => m.to === 'taken@example.com')!;
    expect(mail.subject).toBe('您已有haier 品牌的账户');
    const token = await linkInMail(t.database.db, 'taken@example.com', '/sign-in-link');
    const signedIn = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link/complete',
      payload: { token },
    });
    expect(signedIn.json().user.email).toBe('taken@example.com');
  });

  it('mails a registered address in its own language', async () => {
    await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'sam@example.com', password: PASSWORD, displayName: 'Sam', locale: 'en' },
    });
    await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'sam@example.com', password: PASSWORD, displayName: 'Sam' },
    });
    const jobs = await t.database.db
      .selectFrom('platform_jobs')
      .select('payload')
      .where('name', '=', 'platform.mail.send')
      .execute();
    const subjects = jobs
      .map((j) => j.payload as { to: string; subject: string })
      .filter((m) => m.to === 'sam@example.com')
      .map((m) => m.subject);
    expect(subjects).toEqual(['Verify your email for haier 品牌', 'You already have an account at haier 品牌']);
  });

  it('names each bad field', async () => {
    const res = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-up',
      payload: { email: 'nope', password: 'short', displayName: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['body.displayName', 'body.email', 'body.password']);
  });
});

describe('sign-in', () => {
  it('answers a wrong password and an unknown email alike', async () => {
    await signUpCustomer(t.app, 'mistyped@example.com');
    const wrong = (await signIn(t.app, 'mistyped@example.com', 'wrong password!')).json();
    const unknown = (await signIn(t.app, 'nobody@example.com', 'wrong password!')).json();
    expect(wrong).toMatchObject({ status: 401, code: 'invalid_credentials' });
    expect(unknown.detail).toBe(wrong.detail);
    expect(unknown.code).toBe(wrong.code);
  });

  it('locks the guessing address out of an email after five failures, whether or not it has an account', async () => {
    await signUpCustomer(t.app, 'target@example.com');
    for (const email of ['target@example.com', 'ghost@example.com']) {
      for (let i = 0; i < 5; i++) await signIn(t.app, email, 'guessing password');
      const locked = await signIn(t.app, email, email === 'target@example.com' ? PASSWORD : 'x');
      expect(locked.json()).toMatchObject({ status: 429, code: 'sign_in_locked' });
    }
  });

  it('sets an httpOnly SameSite session cookie and signs out', async () => {
    await signUpCustomer(t.app, 'cookie@example.com');
    const res = await signIn(t.app, 'cookie@example.com');
    const cookie = res.cookies.find((c) => c.name === 'cocreate_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const session = { cookie: `cocreate_session=${cookie.value}`, userId: '', workspaceId: '' };
    expect((await inject(t.app, session, { url: '/api/v1/me' })).statusCode).toBe(200);
    await inject(t.app, session, { method: 'POST', url: '/api/v1/auth/sign-out' });
    expect((await inject(t.app, session, { url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    await signUpCustomer(t.app, 'everywhere@example.com');
    const a = await signIn(t.app, 'everywhere@example.com');
    const b = await signIn(t.app, 'everywhere@example.com');
    const [sa, sb] = [a, b].map((r) => ({
      cookie: `cocreate_session=${r.cookies[0]!.value}`,
      userId: '',
      workspaceId: '',
    }));
    await inject(t.app, sa!, { method: 'POST', url: '/api/v1/auth/sign-out-everywhere' });
    expect((await inject(t.app, sb!, { url: '/api/v1/me' })).statusCode).toBe(401);
  });

  it('refuses cookie writes without the CSRF header', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: owner.cookie },
      payload: { displayName: 'x' },
    });
    expect(res.json()).toMatchObject({ status: 403, code: 'csrf_check_failed' });
  });
});

describe('password reset', () => {
  it('mails a one-hour link, sets the new password, ends old sessions and lifts the lock', async () => {
    const old = await signUpCustomer(t.app, 'forgetful@example.com');
    for (let i = 0; i < 5; i++) await signIn(t.app, 'forgetful@example.com', 'wrong guess!!');
    const asked = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'forgetful@example.com' },
    });
    const unknown = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'nobody@example.com' },
    });
    expect([asked.statusCode, unknown.statusCode]).toEqual([202, 202]);
    const token = await linkInMail(t.database.db, 'forgetful@example.com', '/reset-password');
    const done = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/password-reset/complete',
      payload: { token, password: 'a brand new passphrase' },
    });
    expect(done.statusCode).toBe(200);
    expect((await inject(t.app, old, { url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await signIn(t.app, 'forgetful@example.com', 'a brand new passphrase')).statusCode).toBe(200);
    const expiry = await t.database.db
      .selectFrom('user_tokens')
      .select(sql<number>`extract(epoch from expires_at - created_at)::int`.as('s'))
      .where('purpose', '=', 'reset_password')
      .where('user_id', '=', old.userId)
      .executeTakeFirstOrThrow();
    expect(expiry.s).toBe(3600);
  });
});

describe('profile', () => {
  it('changes name and language; a password change keeps only this session', async () => {
    const me = await signUpCustomer(t.app, 'profile@example.com');
    const other = await signIn(t.app, 'profile@example.com');
    const updated = await inject(t.app, me, {
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { displayName: '小林', locale: 'en' },
    });
    expect(updated.json().user).toMatchObject({ displayName: '小林', locale: 'en' });
    const bad = await inject(t.app, me, {
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: 'not it', newPassword: 'another long passphrase' },
    });
    expect(bad.json()).toMatchObject({ status: 400, errors: [{ field: 'body.currentPassword' }] });
    const ok = await inject(t.app, me, {
      method: 'POST',
      url: '/api/v1/me/password',
      payload: { currentPassword: PASSWORD, newPassword: 'another long passphrase' },
    });
    expect(ok.statusCode).toBe(200);
    expect((await inject(t.app, me, { url: '/api/v1/me' })).statusCode).toBe(200);
    const otherSession = { cookie: `cocreate_session=${other.cookies[0]!.value}`, userId: '', workspaceId: '' };
    expect((await inject(t.app, otherSession, { url: '/api/v1/me' })).statusCode).toBe(401);
  });
});
