import type { CompiledQuery, KyselyPlugin } from 'kysely';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import {
  PASSWORD,
  as,
  inject,
  linkInMail,
  setUpWorkspace,
  signUpCustomer,
  type Session,
} from '../../test-support/identity.js';
import { requestPasswordReset } from './commands/request-password-reset.js';
import type { CommandContext } from './context.js';
import { identityModule } from './index.js';

let t: TestApp;
let owner: Session;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  owner = await setUpWorkspace(t.app, 'gree');
});
afterAll(() => t.close());

const signInFrom = (remoteAddress: string, email: string, password: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    remoteAddress,
    headers: as(null),
    payload: { email, password },
  });
const lockSeconds = (email: string, client: string) =>
  t.database.db
    .selectFrom('login_failures')
    .select(sql<number>`round(extract(epoch from locked_until - updated_at))::int`.as('s'))
    .where('email', '=', email)
    .where('client', '=', client)
    .executeTakeFirstOrThrow();

describe('lockout per account and client address', () => {
  it("locks only the guessing address; the owner's right password still works from elsewhere", async () => {
    for (let i = 0; i < 5; i++)
      expect((await signInFrom('203.0.113.9', 'owner@gree.example', 'a wrong guess')).statusCode).toBe(401);
    expect((await signInFrom('203.0.113.9', 'owner@gree.example', PASSWORD)).json()).toMatchObject({
      status: 429,
      code: 'sign_in_locked',
    });
    expect((await signInFrom('198.51.100.7', 'owner@gree.example', PASSWORD)).statusCode).toBe(200);
  });

  it('waits one minute after the fifth failure, then twice as long after each further one, up to an hour', async () => {
    const client = '203.0.113.20';
    for (let i = 0; i < 5; i++) await signInFrom(client, 'owner@gree.example', 'a wrong guess');
    expect((await lockSeconds('owner@gree.example', client)).s).toBe(60);
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      // The lock runs out (as if time passed), and the next guess is wrong again.
      await t.database.db
        .updateTable('login_failures')
        .set({ locked_until: sql<Date>`now() - interval '1 second'` })
        .where('client', '=', client)
        .execute();
      await signInFrom(client, 'owner@gree.example', 'a wrong guess');
      waits.push((await lockSeconds('owner@gree.example', client)).s);
    }
    expect(waits).toEqual([120, 240, 480, 960, 1920, 3600, 3600, 3600]);
  });
});

describe('sign-in link', () => {
  it('answers the same for an unknown address, mails the owner a 15-minute link that works once and lifts the lock', async () => {
    await signUpCustomer(t.app, 'locked@example.com', 'gree');
    for (let i = 0; i < 5; i++) await signInFrom('127.0.0.1', 'locked@example.com', 'a wrong guess');
    expect((await signInFrom('127.0.0.1', 'locked@example.com', PASSWORD)).statusCode).toBe(429);

    const known = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link',
      payload: { email: 'locked@example.com' },
    });
    const unknown = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link',
      payload: { email: 'nobody@example.com' },
    });
    expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(unknown.body).toBe(known.body);
    const token = await linkInMail(t.database.db, 'locked@example.com', '/sign-in-link');
    const expiry = await t.database.db
      .selectFrom('user_tokens')
      .select(sql<number>`extract(epoch from expires_at - created_at)::int`.as('s'))
      .where('purpose', '=', 'sign_in')
      .executeTakeFirstOrThrow();
    expect(expiry.s).toBe(900);

    const done = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link/complete',
      payload: { token },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().user).toMatchObject({ email: 'locked@example.com', emailVerified: true });
    expect(done.cookies.find((c) => c.name === 'cocreate_session')).toBeDefined();
    const again = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link/complete',
      payload: { token },
    });
    expect(again.json()).toMatchObject({ status: 400, code: 'invalid_token' });
    expect((await signInFrom('127.0.0.1', 'locked@example.com', PASSWORD)).statusCode).toBe(200);
  });

  it('mails an unknown address a note without a link', async () => {
    await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link',
      payload: { email: 'stranger@example.com' },
    });
    const jobs = await t.database.db
      .selectFrom('platform_jobs')
      .select('payload')
      .where('name', '=', 'platform.mail.send')
      .execute();
    const mail = jobs
      .map((j) => j.payload as { to: string; subject: string; text: string })
      .find((m) => m.to === 'stranger@example.com')!;
    expect(mail.subject).toBe('gree 品牌：此邮箱尚未注册');
    expect(mail.text).not.toMatch(/token=/);
  });
});

describe('password reset', () => {
  it('does the same statements for a known and an unknown address', async () => {
    const statements: string[][] = [];
    const recorder: KyselyPlugin = {
      transformQuery: (args) => {
        statements
          .at(-1)!
          .push((t.database.db.getExecutor().compileQuery(args.node, args.queryId) as CompiledQuery).sql);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const ctx: CommandContext = {
      db: t.database.db.withPlugin(recorder),
      config: t.config,
      actor: { kind: 'anonymous', workspaceId: owner.workspaceId },
      origin: { ip: null, userAgent: null },
    };
    for (const email of ['owner@gree.example', 'nobody-here@example.com']) {
      statements.push([]);
      await requestPasswordReset(ctx, email);
    }
    const [known, unknown] = statements;
    expect(known!.length).toBeGreaterThanOrEqual(3);
    expect(unknown).toEqual(known);
    // ...and it really issued a link for the known one only.
    expect(await linkInMail(t.database.db, 'owner@gree.example', '/reset-password')).toMatch(/\./);
    await expect(linkInMail(t.database.db, 'nobody-here@example.com', '/reset-password')).rejects.toThrow();
  });
});

describe('one auth budget per client address', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp([identityModule], { AUTH_RATE_LIMIT_PER_MINUTE: '5' });
    await setUpWorkspace(limited.app, 'budget');
  });
  afterAll(() => limited.close());

  it('is shared by sign-in, sign-up, reset and sign-in links: 3 sign-ins and 3 sign-ups exhaust a budget of 5', async () => {
    const post = (url: string, payload: object, remoteAddress = '192.0.2.1') =>
      limited.app.inject({ method: 'POST', url, remoteAddress, headers: as(null), payload });
    const answers: number[] = [];
    for (let i = 0; i < 3; i++)
      answers.push(
        (await post('/api/v1/auth/sign-in', { email: 'x@example.com', password: 'wrong password' })).statusCode,
      );
    for (let i = 0; i < 3; i++)
      answers.push(
        (await post('/api/v1/auth/sign-up', { email: `n${i}@example.com`, password: PASSWORD, displayName: 'n' }))
          .statusCode,
      );
    expect(answers).toEqual([401, 401, 401, 202, 202, 429]);
    expect((await post('/api/v1/auth/password-reset', { email: 'x@example.com' })).statusCode).toBe(429);
    expect((await post('/api/v1/auth/sign-in-link', { email: 'x@example.com' })).statusCode).toBe(429);
    // Another address has its own budget.
    expect((await post('/api/v1/auth/sign-in-link', { email: 'x@example.com' }, '192.0.2.2')).statusCode).toBe(202);
  });
});
