import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { declarePublic } from './access.js';
import { sendProblem } from './problem.js';

/**
 * Serves the built web app (dist/web) and answers unknown non-API GETs with index.html so the
 * SPA's router can take them; unknown API paths get a problem+json 404. Every file is public.
 * The builds write Brotli and gzip copies beside their files (scripts/precompress.mjs): a client
 * that accepts one gets it as it is, with `Content-Encoding` and `Vary: Accept-Encoding`, and no
 * compression work per request.
 */
export async function registerStaticWeb(app: FastifyInstance, webRoot: string, widgetRoot: string): Promise<void> {
  if (fs.existsSync(widgetRoot)) {
    // The widget script is loaded by the brand's own pages, so it must be fetchable cross-origin;
    // its name is not content-hashed, hence the short cache.
    await app.register(async (widget) => {
      declarePublic(widget);
      await widget.register(fastifyStatic, {
        root: widgetRoot,
        prefix: '/widget/',
        decorateReply: false,
        index: false,
        preCompressed: true,
        maxAge: 300_000,
        setHeaders: (res) => {
          res.header('cross-origin-resource-policy', 'cross-origin');
        },
      });
    });
  }
  // The web app's files and the not-found handler share a scope: the handler sends index.html
  // with the scope's sendFile, and the scope declares the static routes public.
  await app.register(async (web) => webApp(web, webRoot));
}

async function webApp(web: FastifyInstance, webRoot: string): Promise<void> {
  declarePublic(web);
  const index = path.join(webRoot, 'index.html');
  const hasWeb = fs.existsSync(index);
  if (hasWeb) {
    await web.register(fastifyStatic, {
      root: webRoot,
      // Files are looked up per request, so a rebuild of the web app is served without a restart;
      // a miss falls through to the not-found handler below.
      wildcard: true,
      index: ['index.html'],
      preCompressed: true,
      maxAge: '1h',
      // `file` is the file sent: index.html.br when the compressed copy is.
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.header('cache-control', 'public, max-age=31536000, immutable');
        if (/index\.html(?:\.br|\.gz)?$/.test(file)) res.header('cache-control', 'no-cache');
      },
    });
  }
  web.setNotFoundHandler((request, reply) => {
    if (!looksLikeApi(request.url) && hasWeb && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(
      reply,
      request,
      new AppError('not_found', 404, `No route ${request.method} ${request.url.split('?')[0]}.`),
    );
  });
}

/**
 * Whether an unmatched path was meant for the API, read the way a lenient client or proxy might:
 * decoded, any case, duplicate slashes collapsed. Such paths get a 404, never the web app.
 */
function looksLikeApi(url: string): boolean {
  let pathname = url.split('?')[0]!;
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    // Not valid percent-encoding: judged as sent.
  }
  pathname = pathname.toLowerCase().replace(/\/{2,}/g, '/');
  return pathname === '/api' || pathname.startsWith('/api/');
}
