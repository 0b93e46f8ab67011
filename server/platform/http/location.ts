import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIX } from './openapi/document.js';
import type { ApiReference } from './openapi/reference.js';
import { openApiPath, type RouteCatalogue } from './openapi/route-facts.js';

/**
 * Where a 201 answer's new resource is read, as an OpenAPI path whose last parameter is the new
 * id: the reference's own entry for the operation, or else the creating path's item route
 * (`POST /api/v1/ideas` -> `GET /api/v1/ideas/{id}`), if there is one.
 */
export function locationPattern(
  method: string,
  path: string,
  routes: RouteCatalogue,
  reference: ApiReference,
): string | undefined {
  const own = reference.locations[`${method.toUpperCase()} ${path.replace(API_PREFIX, '')}`];
  return own ? `${API_PREFIX}${own}` : routes.itemRouteOf(path);
}

/** The pattern filled in: the last parameter with the new id, the others from the request's path. */
function fill(pattern: string, request: FastifyRequest, id: string): string {
  const params = (request.params ?? {}) as Record<string, string>;
  const names = [...pattern.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const last = names[names.length - 1];
  return pattern.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(name === last ? id : (params[name] ?? '')),
  );
}

/**
 * `Location` on every 201 whose body has an `id` and whose new resource has a GET route
 * (locationPattern); a route that sets Location itself keeps its own.
 */
export function registerLocation(app: FastifyInstance, routes: RouteCatalogue, reference: ApiReference): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode !== 201 || reply.hasHeader('location') || typeof payload !== 'string') return payload;
    const url = request.routeOptions.url;
    if (!url) return payload;
    const pattern = locationPattern(request.method, openApiPath(url), routes, reference);
    if (!pattern) return payload;
    let id: unknown;
    try {
      id = (JSON.parse(payload) as { id?: unknown }).id;
    } catch {
      return payload;
    }
    if (typeof id === 'string' && id) reply.header('location', fill(pattern, request, id));
    return payload;
  });
}
