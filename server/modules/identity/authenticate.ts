import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { csrfCheckFailed, noAccessRule, workspaceMismatch, workspaceNotFoundByName } from './errors.js';
import type { Db } from '../../platform/db/index.js';
import { grantAccess } from '../../platform/http/access.js';
import { ActorCache } from './actor-cache.js';
import { assertAccess, type Access, type Actor } from './policies.js';
import { resolveCredential } from './resolve-actor.js';
import { clearSessionCookie } from './session-cookie.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set for every module route (`/api/v1/…`) and every route that is not public. */
    actor: Actor;
  }
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access | undefined;
}

/** Every API route of an app with its declared access (the authorisation matrix test walks it). */
export const routeAccessTables = new WeakMap<FastifyInstance, RouteAccess[]>();

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The modules' API (route patterns, as registered); the OpenAPI document is the platform's. */
const isModuleRoute = (url: string) => url.startsWith('/api/v1/') && url !== '/api/v1/openapi.json';

/**
 * Works out who is asking (API key, session cookie, or nobody) and for which workspace, checks
 * CSRF for cookie-borne writes, then enforces the declared access of the route the router
 * matched. Everything is decided from the matched route, never from the raw URL, which may be
 * spelt differently (`/%61pi/v1/…`); the platform's guard refuses any non-public route this hook
 * did not let in.
 */
export const authenticate = fp(async (app: FastifyInstance) => {
  const db = app.platform.db;
  const cache = new ActorCache();
  app.addHook('onClose', async () => cache.close());
  let defaultWorkspace: string | null = null;
  const table: RouteAccess[] = [];
  routeAccessTables.set(app, table);

  app.addHook('onRoute', (route) => {
    if (!isModuleRoute(route.url)) return;
    const access = route.config?.access;
    for (const method of [route.method].flat()) if (method !== 'HEAD') table.push({ method, url: route.url, access });
    // Tell API users in the OpenAPI document how each operation is reached.
    if (route.schema && access) {
      route.schema = {
        ...route.schema,
        security: access === 'public' ? [] : [{ session: [] }, ...(access === 'signed_in' ? [] : [{ apiKey: [] }])],
        description: [
          route.schema.description,
          `Access: ${typeof access === 'string' ? access.replace('_', '-') : `permission \`${access.permission}\``}.`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      } as typeof route.schema;
    }
  });

  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request, reply) => {
    // Unmatched: only the not-found handler runs, and it reads no actor.
    if (request.is404) return;
    const route = request.routeOptions;
    const access = route.config.access;
    // The platform's public pages (health, metrics, docs, the web app) need no actor.
    if (access === 'public' && !isModuleRoute(route.url ?? '')) return;

    const credential = await resolveCredential(db, cache, request);
    request.actor = credential.actor;
    if (request.actor.kind === 'anonymous' && request.cookies.cocreate_session) clearSessionCookie(reply);

    // Only what a browser attaches by itself (the cookie) can be forged cross-site.
    const cookieBorne =
      request.actor.kind === 'user' ? !request.headers['x-cocreate-session'] : request.actor.kind === 'anonymous';
    if (cookieBorne && !SAFE_METHODS.has(request.method)) checkCsrf(request);

    const named = request.headers['x-cocreate-workspace'];
    if (typeof named === 'string' && named) {
      if (request.actor.kind === 'anonymous') {
        request.actor = { kind: 'anonymous', workspaceId: await workspaceNamed(db, cache, named) };
      } else if (named !== credential.workspaceSlug && named !== request.actor.workspaceId) {
        // The actor's own workspace (slug and id) came with the credential; any other name is
        // looked up only to answer 404 for a workspace that does not exist.
        await workspaceNamed(db, cache, named);
        throw workspaceMismatch();
      }
    }
    if (request.actor.kind === 'anonymous' && !request.actor.workspaceId) {
      defaultWorkspace ??=
        (await db.selectFrom('workspaces').select('id').orderBy('created_at').orderBy('id').limit(1).executeTakeFirst())
          ?.id ?? null;
      request.actor = { kind: 'anonymous', workspaceId: defaultWorkspace };
    }
    // Enforced before the body is even parsed: who may call comes before what they sent.
    if (!access) throw noAccessRule();
    assertAccess(request.actor, access);
    grantAccess(request);
  });
});

function checkCsrf(request: FastifyRequest): void {
  // A custom header cannot be sent cross-site without a CORS preflight, which Cocreate never grants.
  if (request.headers['x-requested-with'] !== 'cocreate') {
    throw csrfCheckFailed();
  }
}

/** The workspace a header names by slug or id; 404 when there is none. */
async function workspaceNamed(db: Db, cache: ActorCache, named: string): Promise<string> {
  const cached = cache.workspaceNamed(named);
  if (cached) return cached;
  const stamp = cache.stamp();
  const ws = await db
    .selectFrom('workspaces')
    .select('id')
    .where(sql<boolean>`slug = ${named} or id::text = ${named}`)
    .executeTakeFirst();
  if (!ws) throw workspaceNotFoundByName(named);
  cache.rememberWorkspace(stamp, named, ws.id);
  return ws.id;
}
