import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { sendProblem } from './problem.js';

/**
 * Serves the built web app (dist/web) and answers unknown non-API GETs with index.html so the
 * SPA's router can take them; unknown API paths get a problem+json 404.
 */
export async function registerStaticWeb(app: FastifyInstance, webRoot: string, widgetRoot: string): Promise<void> {
  if (fs.existsSync(widgetRoot)) {
    // The widget script is loaded by the brand's own pages, so it must be fetchable cross-origin;
    // its name is not content-hashed, hence the short cache.
    await app.register(fastifyStatic, {
      root: widgetRoot,
      prefix: '/widget/',
      decorateReply: false,
      index: false,
      maxAge: 300_000,
      setHeaders: (res) => {
        res.header('cross-origin-resource-policy', 'cross-origin');
      },
    });
  }
  const index = path.join(webRoot, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      // Files are looked up per request, so a rebuild of the web app is served without a restart;
      // a miss falls through to the not-found handler below.
      wildcard: true,
      index: ['index.html'],
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
        if (file.endsWith('index.html')) res.header('cache-control', 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const isApi = request.url.startsWith('/api/') || request.url === '/api';
    if (!isApi && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(reply, request, new AppError('not_found', 404, `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
