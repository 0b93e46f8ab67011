import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { onAnnouncement } from '../broadcast/index.js';
import { HotReadCache } from '../cache/hot-read-cache.js';
import type { Config } from '../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Cached public reads of this app, dropped by announcements (see sendHotRead). */
    hotReads: HotReadCache;
  }
  interface FastifyContextConfig {
    /** The route answers through sendHotRead: the OpenAPI document shows its ETag, If-None-Match and 304. */
    hotRead?: boolean;
  }
}

/** A serialized response body and its entity tag. */
export interface CachedBody {
  body: string;
  etag: string;
}

export interface HotReadOptions {
  workspaceId: string;
  /** The module's area of the cache, dropped by the announcements it declared (HotReadCache.defineArea). */
  area: string;
  /** What the body depends on besides the route, its parameters and query: e.g. the boards the caller may see. */
  audience: string;
  /**
   * The area's stamp (`hotReads.stamp`) taken before the audience was worked out: when the area
   * was dropped since, the answer is computed and nothing is kept (HotReadCache.read).
   */
  since?: number;
  /**
   * Seconds a browser may show its copy while it revalidates. Only for reads where a moment's
   * delay is harmless (nobody acts on them and expects to see the effect at once).
   */
  staleWhileRevalidate?: number;
}

/**
 * Who asked changes what these routes answer (staff see more; a customer may see private boards);
 * the workspace comes from a header. Shared caches must keep one copy per value of each.
 */
const VARY = 'Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace';

/** Creates the app's cache and keeps it listening to announcements until the app closes. */
export function registerHotReads(app: FastifyInstance, config: Config): void {
  const cache = new HotReadCache({
    maxBytes: Math.floor(config.HOT_READ_CACHE_MB * 1024 * 1024),
    ttlMs: config.HOT_READ_TTL_SECONDS * 1000,
  });
  app.decorate('hotReads', cache);
  const stop = onAnnouncement((a) => cache.hear(a));
  app.addHook('onClose', async () => stop());
}

export const etagOf = (body: string): string =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** RFC 9110 If-None-Match: weak comparison, `*` matches any current representation. */
export function matchesIfNoneMatch(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return [header]
    .flat()
    .flatMap((h) => h.split(','))
    .some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/** A request carrying credentials gets an answer no shared cache may keep. */
const credentialed = (request: FastifyRequest): boolean =>
  Boolean(request.headers.cookie || request.headers.authorization || request.headers['x-cocreate-session']);

/** Marks a response that depends on who asked (staff, a customer's own state) as never to be stored. */
export function sendPrivate<T>(reply: FastifyReply, payload: T): T {
  reply.header('cache-control', 'private, no-store').header('vary', VARY);
  return payload;
}

function sortedEntries(value: unknown): [string, unknown][] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Answers a public GET from the app's cache, computing and serializing (with the route's
 * response schema) only on a miss. The key is the workspace, the route, its validated parameters
 * and query (defaults filled in, so `?sort=trending` and no sort are one entry) and the audience.
 * Every answer carries its ETag; a matching If-None-Match gets 304 with no body. Anonymous
 * answers are `public, max-age=0, must-revalidate` (a shared cache may keep them but must ask
 * again each time), answers to requests with credentials `private, no-cache`. When `compute`
 * yields undefined (the answer is not the same for everyone) nothing is sent or kept, and the
 * caller answers the request itself. Resolves to whether it answered (a reply is thenable: the
 * handler returns it itself).
 */
export async function sendHotRead(
  request: FastifyRequest,
  reply: FastifyReply,
  options: HotReadOptions,
  compute: () => Promise<unknown>,
): Promise<boolean> {
  const key = JSON.stringify([
    request.routeOptions.url,
    options.audience,
    sortedEntries(request.params),
    sortedEntries(request.query),
  ]);
  const { value } = await request.server.hotReads.read<CachedBody | undefined>(
    options.workspaceId,
    options.area,
    key,
    async () => {
      const payload = await compute();
      if (payload === undefined) return undefined;
      const body = reply.serialize(payload) as string;
      return { body, etag: etagOf(body) };
    },
    (v) => v!.body.length * 2 + 100,
    options.since,
  );
  if (!value) return false;
  const freshness = options.staleWhileRevalidate
    ? `max-age=0, stale-while-revalidate=${options.staleWhileRevalidate}`
    : credentialed(request)
      ? 'no-cache'
      : 'max-age=0, must-revalidate';
  reply
    .header('etag', value.etag)
    .header('cache-control', `${credentialed(request) ? 'private' : 'public'}, ${freshness}`)
    .header('vary', VARY);
  if (matchesIfNoneMatch(request.headers['if-none-match'], value.etag)) reply.code(304).send();
  else reply.type('application/json; charset=utf-8').send(value.body);
  return true;
}

/** JSON Schema pieces the OpenAPI transform adds to routes marked `hotRead`. */
export const hotReadDocs = {
  ifNoneMatch: {
    type: 'string',
    description: 'An ETag from an earlier answer: when it is still current the answer is 304 with no body.',
  },
  headers: {
    ETag: { type: 'string', description: 'Identifies this body; send it back as If-None-Match.' },
    'Cache-Control': {
      type: 'string',
      description:
        '`public, max-age=0, must-revalidate` without credentials, `private, no-cache` with them (revalidate each time); ' +
        'read-only pages may add `stale-while-revalidate`. Answers for staff are `private, no-store`.',
    },
    Vary: { type: 'string', description: 'Cookie, Authorization, X-Cocreate-Session, X-Cocreate-Workspace' },
  },
  notModified: { type: 'null', description: 'Not Modified: the If-None-Match ETag is current; no body.' },
} as const;
