import { decodeProtectedHeader, importSPKI, jwtVerify, type JWTPayload } from 'jose';
import { sql } from 'kysely';
import { z } from 'zod';
import { withTransaction } from '../../../platform/db/index.js';
import { AppError } from '../../../platform/errors.js';
import { identityTokenRefused } from '../errors.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import type { CommandContext } from '../context.js';
import { IdentityEvents } from '../events.js';
import { requireWorkspace } from '../policies.js';
import { openSession } from '../sessions.js';

const MAX_LIFETIME_SECONDS = 3600;

const ClaimsSchema = z.object({
  sub: z.string().min(1).max(200).optional(),
  id: z.string().min(1).max(200).optional(),
  email: z.email().max(254).optional(),
  name: z.string().trim().min(1).max(80).optional(),
  locale: z.enum(['zh-CN', 'en']).optional(),
  attributes: z
    .record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
    .optional(),
  exp: z.number(),
});

/**
 * Signs in a customer vouched for by the brand's own site: a short-lived JWT signed with the
 * workspace's secret (HS256) or private key (RS256). The customer is created on first sight and
 * their attributes (segment, plan, value, city...) are updated every time.
 */
export async function identifyCustomer(ctx: CommandContext, token: string) {
  const workspaceId = requireWorkspace(ctx.actor);
  const workspace = await ctx.db
    .selectFrom('workspaces')
    .select(['identify_secret', 'identify_public_key'])
    .where('id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  const claims = ClaimsSchema.safeParse(await verify(token, workspace.identify_secret, workspace.identify_public_key));
  if (!claims.success)
    throw identityTokenRefused(claims.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; '));
  const c = claims.data;
  const externalId = c.sub ?? c.id;
  if (!externalId) throw identityTokenRefused('it names no customer (sub)');
  if (c.exp - Date.now() / 1000 > MAX_LIFETIME_SECONDS) throw identityTokenRefused('it lives longer than one hour');
  const email = c.email?.toLowerCase() ?? null;

  return withTransaction(ctx.db, async (tx) => {
    let user = await tx
      .selectFrom('users')
      .select(['id', 'role', 'status'])
      .where('workspace_id', '=', workspaceId)
      .where('external_id', '=', externalId)
      .executeTakeFirst();
    if (!user && email) {
      // Take over only a customer recorded without a password (by staff, from a call or a visit).
      // The brand's site asserts the address but nobody proved it here, so an account that has a
      // password (a portal sign-up, any staff) is never reached by its email.
      user = await tx
        .selectFrom('users')
        .select(['id', 'role', 'status'])
        .where('workspace_id', '=', workspaceId)
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
        .where('role', '=', 'customer')
        .where('external_id', 'is', null)
        .where('password_hash', 'is', null)
        .executeTakeFirst();
    }
    if (user && user.role !== 'customer') throw identityTokenRefused('it names a staff account');
    if (user?.status === 'disabled') throw identityTokenRefused('the account is disabled');
    const emailFree = email
      ? !(await tx
          .selectFrom('users')
          .select('id')
          .where('workspace_id', '=', workspaceId)
          .where((eb) => eb(eb.fn('lower', ['email']), '=', email))
          .where('id', '<>', user?.id ?? '00000000-0000-0000-0000-000000000000')
          .executeTakeFirst())
      : false;
    const created = !user;
    const userId = user?.id ?? newId();
    const attributes = JSON.stringify(c.attributes ?? {});
    if (user) {
      await tx
        .updateTable('users')
        .set({
          external_id: externalId,
          ...(c.name ? { display_name: c.name } : {}),
          ...(c.locale ? { locale: c.locale } : {}),
          // An asserted address is stored unverified; a changed one loses its old verification.
          ...(email && emailFree
            ? {
                email,
                email_verified_at:
                  sql<Date | null>`case when lower(email) = ${email} then email_verified_at else null end` as unknown as Date,
              }
            : {}),
          attributes: sql<string>`attributes || ${attributes}::jsonb` as unknown as string,
          updated_at: sql<Date>`now()`,
        })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', userId)
        .execute();
    } else {
      await tx
        .insertInto('users')
        .values({
          workspace_id: workspaceId,
          id: userId,
          external_id: externalId,
          email: emailFree ? email : null,
          email_verified_at: null,
          display_name: c.name ?? email?.split('@')[0] ?? `Customer ${externalId.slice(0, 12)}`,
          locale: c.locale ?? null,
          role: 'customer',
          attributes,
        })
        .execute();
    }
    await record(tx, {
      name: IdentityEvents.customerIdentified,
      workspaceId,
      actorId: userId,
      customerId: userId,
      payload: { userId, externalId, created, attributes: c.attributes ?? {} },
    });
    const sessionToken = await openSession(tx, workspaceId, userId, ctx.origin);
    return { workspaceId, userId, token: sessionToken, created };
  });
}

async function verify(token: string, secret: string, publicKey: string | null): Promise<JWTPayload> {
  let alg: string | undefined;
  try {
    alg = decodeProtectedHeader(token).alg;
  } catch {
    throw identityTokenRefused('it is not a JWT');
  }
  try {
    if (alg === 'HS256') {
      return (
        await jwtVerify(token, new TextEncoder().encode(secret), {
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
          clockTolerance: 30,
        })
      ).payload;
    }
    if (alg === 'RS256') {
      if (!publicKey) throw identityTokenRefused('RS256 needs a public key in the workspace settings');
      return (
        await jwtVerify(token, await importSPKI(publicKey, 'RS256'), {
          algorithms: ['RS256'],
          requiredClaims: ['exp'],
          clockTolerance: 30,
        })
      ).payload;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw identityTokenRefused((err as Error).message.replace(/\.$/, ''));
  }
  throw identityTokenRefused(`algorithm ${alg ?? 'none'} is not accepted (use HS256 or RS256)`);
}
