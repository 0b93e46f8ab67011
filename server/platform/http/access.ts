import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/**
 * How a route is reached: by anyone, by any signed-in person, or with a permission. The identity
 * module works out who is asking and decides; the platform only insists that someone did.
 */
export type AccessRule = 'public' | 'signed_in' | { permission: string };

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every route must say; a route that does not refuses everyone. */
    access?: AccessRule;
  }
}

const granted = new WeakSet<FastifyRequest>();

/** Records that the caller was checked against the matched route's access rule and let in. */
export function grantAccess(request: FastifyRequest): void {
  granted.add(request);
}

/**
 * The last word on access, decided from the route the router MATCHED, never from the raw URL (a
 * percent-encoded path like `/%61pi/v1/…` still matches `/api/v1/…`). A matched route that is not
 * public is refused unless an access check granted the request; without the identity module
 * nothing is granted, so only public routes answer. Registered first, so that every route and
 * every plugin's routes have it; it runs at preParsing, after all onRequest hooks (where the
 * identity module decides), and before the body is read.
 */
export function registerAccessGuard(app: FastifyInstance): void {
  app.addHook('preParsing', async (request) => {
    // An unmatched request reaches only the not-found handler, which answers 404 (or the web app).
    if (request.is404) return;
    const access = request.routeOptions.config.access;
    if (access === 'public' || granted.has(request)) return;
    if (!access) throw new AppError('forbidden', 403, 'This route declares no access rule.');
    throw new AppError('forbidden', 403, 'No access check admitted this request.');
  });
}

/**
 * Declares public every route added from here on in this scope that declares nothing itself:
 * for third-party plugins whose routes cannot carry a `config.access` (Swagger UI, static files),
 * each registered in a scope of its own.
 */
export function declarePublic(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.config = { ...route.config, access: route.config?.access ?? 'public' };
  });
}
