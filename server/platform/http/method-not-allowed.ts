import FindMyWay, { type HTTPMethod } from 'find-my-way';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { sendProblem } from './problem.js';

const METHODS: HTTPMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Whether a path was meant for the API however it is spelt: percent-encoded, any case. */
function isApiPath(url: string): boolean {
  let pathname = url.split('?')[0]!;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // Not valid percent-encoding: judged as sent.
  }
  return pathname.toLowerCase().startsWith('/api/');
}

/**
 * Fastify answers a known path with the wrong method as an unknown one (404). This tells them
 * apart: the API's routes are kept in a second router of the same kind (find-my-way, Fastify's
 * own, so paths match exactly as they do for requests), and a request to an API path that no
 * route of its method matched — answered by the not-found handler, or by the web app's
 * catch-all static route — gets `405 method_not_allowed` with `Allow` listing the methods the
 * path has. Registered before any route, so that it sees them all, and before the not-found
 * handler is set, so that the handler's requests run it.
 */
export function registerMethodNotAllowed(app: FastifyInstance): void {
  const router = FindMyWay();
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) {
      if (router.hasRoute(method as HTTPMethod, route.url)) continue;
      router.on(method as HTTPMethod, route.url, () => undefined);
    }
  });
  const allowedMethods = (request: FastifyRequest) => METHODS.filter((m) => router.find(m, request.url) !== null);

  app.addHook('onRequest', async (request, reply) => {
    const matched = request.routeOptions.url;
    if (!request.is404 && matched?.startsWith('/api/')) return;
    if (!isApiPath(request.url)) return;
    const allowed = allowedMethods(request);
    if (allowed.length === 0 || allowed.includes(request.method as HTTPMethod)) return;
    reply.header('allow', allowed.join(', '));
    return sendProblem(
      reply,
      request,
      new AppError(
        'method_not_allowed',
        405,
        `${request.url.split('?')[0]} does not answer ${request.method}; it answers ${allowed.join(', ')}.`,
      ),
    );
  });
}
