// Every way into another workspace, tried by someone who does not own an account there.
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTransaction } from '../../platform/db/index.js';
import { newId } from '../../platform/ids.js';
import { createTestApp, type TestApp } from '../../test-support/app.js';
import {
  PASSWORD,
  createStaff,
  inject,
  linkInMail,
  setUpWorkspace,
  signIn,
  signUpCustomer,
  type Session,
} from '../../test-support/identity.js';
import { insertWorkspace } from './commands/insert-workspace.js';
import { identityModule } from './index.js';
import { hashPassword } from './secrets.js';

let t: TestApp;
let ownerA: Session;
let adminA: Session;
let adminEmail: string;
let wsB: string;
beforeAll(async () => {
  t = await createTestApp([identityModule]);
  ownerA = await setUpWorkspace(t.app, 'alpha');
  adminA = await createStaff(t.app, t.database.db, ownerA.workspaceId, 'alpha', 'admin');
  adminEmail = (await inject(t.app, adminA, { url: '/api/v1/me' })).json().user.email;
  // Another brand on the same install, set up by someone else: nothing links it to alpha.
  const passwordHash = await hashPassword('bravo owner password');
  wsB = (
    await withTransaction(t.database.db, (tx) =>
      insertWorkspace(
        tx,
        { name: 'Bravo', slug: 'bravo' },
        { email: 'owner@bravo.example', passwordHash, displayName: 'Bravo owner', locale: 'en' },
        null,
      ),
    )
  ).workspaceId;
});
afterAll(() => t.close());

const me = async (session: Session) => (await inject(t.app, session, { url: '/api/v1/me' })).json();
const switchTo = (session: Session, workspaceId: string) =>
  inject(t.app, session, { method: 'POST', url: '/api/v1/me/switch-workspace', payload: { workspaceId } });
const sessionOf = (res: Awaited<ReturnType<typeof signIn>>): Session => {
  const cookie = res.cookies.find((c) => c.name === 'cocreate_session')!;
  return {
    cookie: `cocreate_session=${cookie.value}`,
    userId: res.json().user.id,
    workspaceId: res.json().workspace.id,
  };
};
/**
 * Another brand set up by someone else, with its owner signed in: for a test whose links and
 * workspace lists must not meet those other tests make.
 */
const brandOfItsOwn = async (slug: string) => {
  const password = `${slug} owner password`;
  const passwordHash = await hashPassword(password);
  await withTransaction(t.database.db, (tx) =>
    insertWorkspace(
      tx,
      { name: slug, slug },
      { email: `owner@${slug}.example`, passwordHash, displayName: `${slug} owner`, locale: 'en' },
      null,
    ),
  );
  return sessionOf(await signIn(t.app, `owner@${slug}.example`, password, slug));
};
/** alpha's staff, as the database has them: no test may add anyone. */
const alphaStaff = async () =>
  (
    await t.database.db
      .selectFrom('users')
      .select('id')
      .where('workspace_id', '=', ownerA.workspaceId)
      .where('role', '<>', 'customer')
      .execute()
  )
    .map((u) => u.id)
    .sort();

describe('switching workspaces', () => {
  it("refuses a customer who signed up elsewhere with an admin's email", async () => {
    // An admin of its own: another test gives bravo a staff account with adminA's address.
    const admin = await createStaff(t.app, t.database.db, ownerA.workspaceId, 'alpha', 'admin');
    const email = (await me(admin)).user.email as string;
    const before = await alphaStaff();
    const customer = await signUpCustomer(t.app, email, 'bravo');
    expect((await me(customer)).user).toMatchObject({ role: 'customer', email });
    const res = await switchTo(customer, ownerA.workspaceId);
    expect(res.json()).toMatchObject({ status: 403 });
    expect(res.cookies.find((c) => c.name === 'cocreate_session')).toBeUndefined();
    expect((await inject(t.app, customer, { url: '/api/v1/me/workspaces' })).statusCode).toBe(403);
    expect(
      (
        await inject(t.app, customer, {
          method: 'POST',
          url: '/api/v1/api-keys',
          payload: { name: 'x', scopes: ['admin'] },
        })
      ).statusCode,
    ).toBe(403);
    expect(await alphaStaff()).toEqual(before);
  });

  it('refuses staff whose email matches staff elsewhere but who never linked the accounts', async () => {
    // Bravo gets an admin with the address of an alpha admin of this test's own.
    const admin = await createStaff(t.app, t.database.db, ownerA.workspaceId, 'alpha', 'admin');
    const email = (await me(admin)).user.email as string;
    await t.database.db
      .insertInto('users')
      .values({
        workspace_id: wsB,
        id: newId(),
        email,
        display_name: 'Twin',
        role: 'admin',
        password_hash: await hashPassword(PASSWORD),
      })
      .execute();
    const twin = sessionOf(await signIn(t.app, email, PASSWORD, 'bravo'));
    expect((await me(twin)).user.role).toBe('admin');
    expect((await switchTo(twin, ownerA.workspaceId)).json()).toMatchObject({ status: 403, code: 'forbidden' });
    const listed = (await inject(t.app, twin, { url: '/api/v1/me/workspaces' }))
      .json()
      .items.map((w: { slug: string }) => w.slug);
    expect(listed).toEqual(['bravo']);
  });

  it('moves an owner to the workspace they created (the link made on creation)', async () => {
    // An owner of its own: alpha's owner creates other workspaces in other tests.
    const founder = await brandOfItsOwn('foxtrot');
    const created = await inject(t.app, founder, {
      method: 'POST',
      url: '/api/v1/workspaces',
      payload: { name: 'Charlie', slug: 'charlie' },
    });
    expect(created.statusCode).toBe(201);
    const links = await t.database.db
      .selectFrom('account_links')
      .selectAll()
      .where('created_via', '=', 'workspace_created')
      .where((eb) =>
        eb.or([eb('workspace_id', '=', founder.workspaceId), eb('linked_workspace_id', '=', founder.workspaceId)]),
      )
      .execute();
    expect(links.map((l) => [l.workspace_id, l.linked_workspace_id]).sort()).toEqual(
      [
        [founder.workspaceId, created.json().id],
        [created.json().id, founder.workspaceId],
      ].sort(),
    );
    const listed = (await inject(t.app, founder, { url: '/api/v1/me/workspaces' })).json().items;
    expect(listed.map((w: { slug: string; role: string }) => `${w.slug}:${w.role}`).sort()).toEqual([
      'charlie:owner',
      'foxtrot:owner',
    ]);
    const moved = await switchTo(founder, created.json().id);
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ user: { role: 'owner' }, workspace: { slug: 'charlie' } });
    const inCharlie = sessionOf(moved);
    expect((await switchTo(inCharlie, founder.workspaceId)).json().workspace.slug).toBe('foxtrot');
  });

  it('never lets a customer switch, even to its own workspace', async () => {
    const customer = await signUpCustomer(t.app, 'plain@example.com', 'alpha');
    expect((await switchTo(customer, ownerA.workspaceId)).json()).toMatchObject({ status: 403 });
  });
});

describe('linking an account of another workspace', () => {
  it("needs that account's own password, counts a wrong one as a failed sign-in, then links", async () => {
    const bravoOwner = sessionOf(await signIn(t.app, 'owner@bravo.example', 'bravo owner password', 'bravo'));
    const link = (password: string) =>
      inject(t.app, bravoOwner, {
        method: 'POST',
        url: '/api/v1/me/linked-accounts',
        payload: { workspace: 'alpha', email: adminEmail, password },
      });
    const wrong = await link('not the password');
    expect(wrong.json()).toMatchObject({ status: 401, code: 'invalid_credentials' });
    const failures = await t.database.db
      .selectFrom('login_failures')
      .select('failures')
      .where('workspace_id', '=', ownerA.workspaceId)
      .where('email', '=', adminEmail)
      .executeTakeFirstOrThrow();
    expect(failures.failures).toBe(1);
    expect((await switchTo(bravoOwner, ownerA.workspaceId)).statusCode).toBe(403);

    for (let i = 0; i < 4; i++) await link('not the password');
    expect((await link(PASSWORD)).json()).toMatchObject({ status: 429, code: 'sign_in_locked' });
    await t.database.db.deleteFrom('login_failures').execute();

    const linked = await link(PASSWORD);
    expect(linked.statusCode).toBe(201);
    expect(linked.json().workspace.id).toBe(ownerA.workspaceId);
    const moved = await switchTo(bravoOwner, ownerA.workspaceId);
    expect(moved.json()).toMatchObject({ user: { id: adminA.userId, role: 'admin' }, workspace: { slug: 'alpha' } });
  });

  it('refuses customers, and a customer account as the target', async () => {
    const customer = await signUpCustomer(t.app, 'linker@example.com', 'alpha');
    const asCustomer = await inject(t.app, customer, {
      method: 'POST',
      url: '/api/v1/me/linked-accounts',
      payload: { workspace: 'bravo', email: 'owner@bravo.example', password: 'bravo owner password' },
    });
    expect(asCustomer.statusCode).toBe(403);
    await signUpCustomer(t.app, 'shopper@example.com', 'bravo');
    const toCustomer = await inject(t.app, ownerA, {
      method: 'POST',
      url: '/api/v1/me/linked-accounts',
      payload: { workspace: 'bravo', email: 'shopper@example.com', password: PASSWORD },
    });
    expect(toCustomer.json()).toMatchObject({ status: 403 });
  });
});

describe('accepting an invitation while signed in elsewhere', () => {
  it('links the new staff account to the signed-in one', async () => {
    // A brand of its own whose owner this test links to an alpha admin: the linking test links bravo's.
    const echoOwner = await brandOfItsOwn('echo');
    const alphaAdmin = await createStaff(t.app, t.database.db, ownerA.workspaceId, 'alpha', 'admin');
    const linked = await inject(t.app, echoOwner, {
      method: 'POST',
      url: '/api/v1/me/linked-accounts',
      payload: { workspace: 'alpha', email: (await me(alphaAdmin)).user.email, password: PASSWORD },
    });
    expect(linked.statusCode, linked.body).toBe(201);
    const delta = (
      await inject(t.app, ownerA, {
        method: 'POST',
        url: '/api/v1/workspaces',
        payload: { name: 'Delta', slug: 'delta' },
      })
    ).json().id as string;
    const deltaOwner = sessionOf(await switchTo(ownerA, delta));
    await inject(t.app, deltaOwner, {
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: 'echo.agent@example.com', role: 'agent' },
    });
    const token = await linkInMail(t.database.db, 'echo.agent@example.com', '/console/accept-invitation');
    const accepted = await inject(t.app, echoOwner, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, displayName: 'Agent', password: 'agent password 123' },
    });
    expect(accepted.json()).toMatchObject({ user: { role: 'agent' }, workspace: { slug: 'delta' } });
    const inDelta = sessionOf(accepted);
    expect((await switchTo(inDelta, echoOwner.workspaceId)).json()).toMatchObject({
      user: { role: 'owner' },
      workspace: { slug: 'echo' },
    });
    // The echo owner was linked to alpha before, so the whole group now reaches each other.
    expect(
      (await inject(t.app, inDelta, { url: '/api/v1/me/workspaces' }))
        .json()
        .items.map((w: { slug: string }) => w.slug)
        .sort(),
    ).toEqual(['alpha', 'delta', 'echo']);
  });

  it('ends the sessions of a customer account that an invitation turns into staff', async () => {
    const squatter = await signUpCustomer(t.app, 'future.agent@example.com', 'alpha');
    await inject(t.app, ownerA, {
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: 'future.agent@example.com', role: 'agent' },
    });
    const token = await linkInMail(t.database.db, 'future.agent@example.com', '/console/accept-invitation');
    expect(
      (
        await inject(t.app, null, {
          method: 'POST',
          url: '/api/v1/invitations/accept',
          payload: { token, displayName: 'Agent', password: 'agent password 123' },
        })
      ).statusCode,
    ).toBe(200);
    expect((await inject(t.app, squatter, { url: '/api/v1/me' })).statusCode).toBe(401);
  });
});

describe('identified customers', () => {
  it("with another workspace's admin email stay customers of their own workspace", async () => {
    const row = await t.database.db
      .selectFrom('workspaces')
      .select('identify_secret')
      .where('id', '=', wsB)
      .executeTakeFirstOrThrow();
    const jwt = await new SignJWT({ sub: 'crm-x', email: adminEmail })
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(row.identify_secret));
    const res = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/identify',
      headers: { 'x-cocreate-workspace': 'bravo' },
      payload: { token: jwt },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: { role: 'customer', emailVerified: false },
      workspace: { slug: 'bravo' },
    });
    const identified = sessionOf(res);
    expect((await switchTo(identified, ownerA.workspaceId)).statusCode).toBe(403);
    expect(
      (
        await inject(t.app, identified, {
          method: 'POST',
          url: '/api/v1/me/linked-accounts',
          payload: { workspace: 'alpha', email: adminEmail, password: PASSWORD },
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe("alpha's credentials presented to bravo", () => {
  const alter = (compound: string, workspaceId: string) => `${workspaceId}.${compound.split('.')[1]}`;

  it('refuses a session cookie with bravo named, or with its workspace part changed', async () => {
    const named = await inject(t.app, adminA, { url: '/api/v1/me', headers: { 'x-cocreate-workspace': 'bravo' } });
    expect(named.json()).toMatchObject({ status: 403, code: 'workspace_mismatch' });
    const value = adminA.cookie.replace('cocreate_session=', '');
    const altered = { ...adminA, cookie: `cocreate_session=${alter(value, wsB)}` };
    expect((await inject(t.app, altered, { url: '/api/v1/me' })).statusCode).toBe(401);
    expect((await inject(t.app, altered, { url: '/api/v1/members' })).statusCode).toBe(401);
  });

  it("refuses alpha's password at bravo's sign-in", async () => {
    const email = (await me(ownerA)).user.email;
    expect((await signIn(t.app, email, PASSWORD, 'bravo')).json()).toMatchObject({
      status: 401,
      code: 'invalid_credentials',
    });
  });

  it('uses reset, verification, sign-in link and invitation tokens only in their own workspace', async () => {
    const customer = await signUpCustomer(t.app, 'tokens@example.com', 'alpha');
    const verify = await linkInMail(t.database.db, 'tokens@example.com', '/verify-email');
    await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      headers: { 'x-cocreate-workspace': 'alpha' },
      payload: { email: 'tokens@example.com' },
    });
    const reset = await linkInMail(t.database.db, 'tokens@example.com', '/reset-password');
    await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link',
      headers: { 'x-cocreate-workspace': 'alpha' },
      payload: { email: 'tokens@example.com' },
    });
    const signInLink = await linkInMail(t.database.db, 'tokens@example.com', '/sign-in-link');
    await inject(t.app, ownerA, {
      method: 'POST',
      url: '/api/v1/invitations',
      payload: { email: 'mod@example.com', role: 'moderator' },
    });
    const invitation = await linkInMail(t.database.db, 'mod@example.com', '/console/accept-invitation');

    const toBravo = { 'x-cocreate-workspace': 'bravo' };
    const attempts = [
      { url: '/api/v1/auth/verify-email', payload: { token: alter(verify, wsB) } },
      {
        url: '/api/v1/auth/password-reset/complete',
        payload: { token: alter(reset, wsB), password: 'taken over password' },
      },
      { url: '/api/v1/auth/sign-in-link/complete', payload: { token: alter(signInLink, wsB) } },
      {
        url: '/api/v1/invitations/accept',
        payload: { token: alter(invitation, wsB), displayName: 'x', password: 'taken over password' },
      },
    ];
    for (const attempt of attempts) {
      const res = await inject(t.app, null, { method: 'POST', ...attempt, headers: toBravo });
      expect(res.json(), attempt.url).toMatchObject({ status: 400, code: 'invalid_token' });
    }
    // Unaltered but sent with bravo named, each token still acts only on its own alpha account.
    const signedIn = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/auth/sign-in-link/complete',
      headers: toBravo,
      payload: { token: signInLink },
    });
    expect(signedIn.json()).toMatchObject({
      user: { id: customer.userId, role: 'customer' },
      workspace: { slug: 'alpha' },
    });
    const joined = await inject(t.app, null, {
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: toBravo,
      payload: { token: invitation, displayName: 'Mod', password: 'moderator password' },
    });
    expect(joined.json()).toMatchObject({ user: { role: 'moderator' }, workspace: { slug: 'alpha' } });
    const bravoStaff = await t.database.db
      .selectFrom('users')
      .select('role')
      .where('workspace_id', '=', wsB)
      .where('role', '=', 'moderator')
      .execute();
    expect(bravoStaff).toEqual([]);
  });

  it('refuses an API key whose workspace part is changed', async () => {
    const created = (
      await inject(t.app, ownerA, {
        method: 'POST',
        url: '/api/v1/api-keys',
        payload: { name: 'k', scopes: ['admin'] },
      })
    ).json();
    expect(
      (await t.app.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${created.key}` } })).statusCode,
    ).toBe(200);
    const forged = created.key.replace(ownerA.workspaceId.replace(/-/g, ''), wsB.replace(/-/g, ''));
    expect(forged).not.toBe(created.key);
    expect(
      (await t.app.inject({ url: '/api/v1/members', headers: { authorization: `Bearer ${forged}` } })).json(),
    ).toMatchObject({ status: 401, code: 'invalid_api_key' });
  });
});
