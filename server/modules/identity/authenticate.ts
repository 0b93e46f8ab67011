import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import {
  csrfCheckFailed,
  malformedApiKey,
  noAccessRule,
  unknownApiKey,
  workspaceMismatch,
  workspaceNotFoundByName,
} from './errors.js';
import type { Db } from '../../platform/db/index.js';
import { grantAccess } from '../../platform/http/access.js';
import { assertAccess, type Access, type Actor } from './policies.js';
import { hashToken } from './secrets.js';
import { clearSessionCookie, parseSessionCookie, SESSION_DAYS } from './session-cookie.js';

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

const API_KEY = /^cc_([0-9a-f]{32})_([A-Za-z0-9_-]{43})$/;
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const UUID_FROM_HEX = (h: string) =>
  `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;

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

    request.actor = await resolveActor(db, request);
    if (request.actor.kind === 'anonymous' && request.cookies.cocreate_session) clearSessionCookie(reply);

    // Only what a browser attaches by itself (the cookie) can be forged cross-site.
    const cookieBorne =
      request.actor.kind === 'user' ? !request.headers['x-cocreate-session'] : request.actor.kind === 'anonymous';
    if (cookieBorne && !SAFE_METHODS.has(request.method)) checkCsrf(request);

    const named = request.headers['x-cocreate-workspace'];
    if (typeof named === 'string' && named) {
      const ws = await db
        .selectFrom('workspaces')
        .select('id')
        .where(sql<boolean>`slug = ${named} or id::text = ${named}`)
        .executeTakeFirst();
      if (!ws) throw workspaceNotFoundByName(named);
      if (request.actor.kind === 'anonymous') request.actor = { kind: 'anonymous', workspaceId: ws.id };
      else if (request.actor.workspaceId !== ws.id) {
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

async function resolveActor(db: Db, request: FastifyRequest): Promise<Actor> {
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) {
    const match = auth.slice(7).trim().match(API_KEY);
    if (!match) throw malformedApiKey();
    const workspaceId = UUID_FROM_HEX(match[1]!);
    const key = await db
      .selectFrom('api_keys')
      .select(['id', 'scopes', 'last_used_at'])
      .where('workspace_id', '=', workspaceId)
      .where('key_hash', '=', hashToken(match[2]!))
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (!key) throw unknownApiKey();
    if (!key.last_used_at || Date.now() - key.last_used_at.getTime() > 60_000) {
      await db
        .updateTable('api_keys')
        .set({ last_used_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', key.id)
        .execute();
    }
    return { kind: 'api_key', workspaceId, keyId: key.id, scopes: key.scopes };
  }

  // The widget frame on a brand's site cannot use cookies (third-party), so it sends the session in a header.
  const header = request.headers['x-cocreate-session'];
  const cookie = parseSessionCookie(typeof header === 'string' ? header : request.cookies.cocreate_session);
  if (cookie) {
    const tokenHash = hashToken(cookie.token);
    const session = await db
      .selectFrom('sessions as s')
      .innerJoin('users as u', (j) => j.onRef('u.workspace_id', '=', 's.workspace_id').onRef('u.id', '=', 's.user_id'))
      .select(['s.user_id', 's.last_seen_at', 'u.role'])
      .where('s.workspace_id', '=', cookie.workspaceId)
      .where('s.token_hash', '=', tokenHash)
      .where('s.expires_at', '>', sql<Date>`now()`)
      .where('u.status', '=', 'active')
      .executeTakeFirst();
    if (session) {
      if (Date.now() - session.last_seen_at.getTime() > 5 * 60_000) {
        await db
          .updateTable('sessions')
          .set({
            last_seen_at: sql<Date>`now()`,
            expires_at: sql<Date>`now() + make_interval(days => ${SESSION_DAYS})`,
          })
          .where('workspace_id', '=', cookie.workspaceId)
          .where('token_hash', '=', tokenHash)
          .execute();
      }
      return {
        kind: 'user',
        workspaceId: cookie.workspaceId,
        userId: session.user_id,
        role: session.role,
        sessionHash: tokenHash,
      };
    }
  }
  return { kind: 'anonymous', workspaceId: null };
}
