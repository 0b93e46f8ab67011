import type { FastifyInstance, InjectOptions } from 'fastify';
import { newId } from '../platform/ids.js';
import type { Db } from '../platform/db/index.js';
import type { Role } from '../modules/identity/index.js';

export const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  userId: string;
  workspaceId: string;
}

/** Headers of a browser request carrying a session (with the CSRF header writes need). */
export const as = (session: Session | null): Record<string, string> => ({
  'x-requested-with': 'cocreate',
  ...(session ? { cookie: session.cookie } : {}),
});

function sessionFrom(res: Awaited<ReturnType<FastifyInstance['inject']>>): Session {
  if (res.statusCode >= 300) throw new Error(`expected success, got ${res.statusCode}: ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'cocreate_session');
  if (!cookie) throw new Error('no session cookie');
  const body = res.json();
  return { cookie: `cocreate_session=${cookie.value}`, userId: body.user.id, workspaceId: body.workspace.id };
}

/** First-run setup through the API; returns the owner's session. */
export async function setUpWorkspace(
  app: FastifyInstance,
  slug = 'brand',
  email = `owner@${slug}.example`,
): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/setup',
    headers: as(null),
    payload: { workspace: { name: `${slug} 品牌`, slug }, owner: { email, password: PASSWORD, displayName: '王经理' } },
  });
  return sessionFrom(res);
}

/** A customer signs up in the workspace named by the header (or the default one), then signs in. */
export async function signUpCustomer(app: FastifyInstance, email: string, workspace?: string): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-up',
    headers: { ...as(null), ...(workspace ? { 'x-cocreate-workspace': workspace } : {}) },
    payload: { email, password: PASSWORD, displayName: email.split('@')[0] },
  });
  if (res.statusCode !== 202) throw new Error(`expected 202, got ${res.statusCode}: ${res.body}`);
  return sessionFrom(await signIn(app, email, PASSWORD, workspace));
}

export async function signIn(app: FastifyInstance, email: string, password = PASSWORD, workspace?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/sign-in',
    headers: { ...as(null), ...(workspace ? { 'x-cocreate-workspace': workspace } : {}) },
    payload: { email, password },
  });
}

/** A staff member of the given role, created directly and signed in through the API. */
export async function createStaff(
  app: FastifyInstance,
  db: Db,
  workspaceId: string,
  slug: string,
  role: Role,
): Promise<Session> {
  const owner = await db
    .selectFrom('users')
    .select('password_hash')
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  const email = `${role}-${newId().slice(-6)}@${slug}.example`;
  await db
    .insertInto('users')
    .values({
      workspace_id: workspaceId,
      id: newId(),
      email,
      password_hash: owner.password_hash,
      display_name: `${role} 同事`,
      role,
      email_verified_at: new Date(),
    })
    .execute();
  return sessionFrom(await signIn(app, email, PASSWORD, slug));
}

/**
 * Sets a person's segment attributes or language directly, as the brand's CRM (identify) or the
 * person's own settings would; identity owns the users table, so tests change it only here.
 */
export async function updatePerson(
  db: Db,
  person: Pick<Session, 'workspaceId' | 'userId'>,
  fields: { attributes?: Record<string, unknown>; locale?: string },
): Promise<void> {
  const updated = await db
    .updateTable('users')
    .set({
      ...(fields.attributes ? { attributes: JSON.stringify(fields.attributes) } : {}),
      ...(fields.locale ? { locale: fields.locale } : {}),
    })
    .where('workspace_id', '=', person.workspaceId)
    .where('id', '=', person.userId)
    .executeTakeFirst();
  if (updated.numUpdatedRows !== 1n) throw new Error(`no person ${person.userId} in workspace ${person.workspaceId}`);
}

/** The link a queued mail to `to` carries (the mail job's payload), for following it in a test. */
export async function linkInMail(db: Db, to: string, path: string): Promise<string> {
  const jobs = await db
    .selectFrom('platform_jobs')
    .select('payload')
    .where('name', '=', 'platform.mail.send')
    .orderBy('created_at', 'desc')
    .execute();
  for (const job of jobs) {
    const mail = job.payload as { to: string; text: string };
    const match =
      mail.to === to
        ? mail.text.match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, '\\$&')}\\?token=(\\S+)`))
        : null;
    if (match) return match[1]!;
  }
  throw new Error(`no mail to ${to} with a ${path} link`);
}

export const inject = (app: FastifyInstance, session: Session | null, options: InjectOptions) =>
  app.inject({ ...options, headers: { ...as(session), ...(options.headers ?? {}) } });
