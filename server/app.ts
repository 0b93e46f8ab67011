import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './platform/config.js';
import type { DatabaseHandle } from './platform/db/index.js';
import './platform/http/context.js';
import { registerAccessGuard } from './platform/http/access.js';
import { registerHealth } from './platform/http/health.js';
import { registerIdempotency } from './platform/http/idempotency/idempotency.js';
import { registerLocation } from './platform/http/location.js';
import { registerHotReads } from './platform/http/hot-reads.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerMethodNotAllowed } from './platform/http/method-not-allowed.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { RouteCatalogue } from './platform/http/openapi/route-facts.js';
import { apiReference } from './modules/api-reference.js';
import { registerInputGuard } from './platform/http/input-guard.js';
import { registerProblemHandlers, sendFrameworkProblem, writeClientErrorProblem } from './platform/http/problem.js';
import { requestId } from './platform/http/request-id.js';
import { registerSecurity } from './platform/http/security.js';
import { registerStaticWeb } from './platform/http/static-web.js';
import { strictBodyValidatorCompiler } from './platform/http/strict-bodies.js';
import { directoryStorage } from './platform/storage/index.js';
import { listenForAnnouncements } from './platform/broadcast/index.js';
import { inRequestScope } from './platform/db/statement-count.js';
import type { CocreateModule } from './platform/module.js';
import { APP_VERSION } from './version.js';

export interface BuildAppOptions {
  config: Config;
  database: DatabaseHandle;
  modules: readonly CocreateModule[];
  /** Where the built web app is; defaults to dist/web. */
  webRoot?: string;
}

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  ...(import.meta.url.includes('/dist/') ? ['..'] : []),
);

/** Builds the HTTP application without listening (tests use inject). */
export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  const app = Fastify({
    logger: { level: config.LOG_LEVEL, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: requestId,
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    // Every error is problem+json, including what the router and Node's HTTP parser refuse.
    frameworkErrors: sendFrameworkProblem,
    clientErrorHandler: writeClientErrorProblem,
  }).withTypeProvider<ZodTypeProvider>();
  // Request bodies are strict: an unknown field is a 400 naming it (see platform/http/strict-bodies).
  app.setValidatorCompiler(strictBodyValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every route, with its module, for the OpenAPI document (names, tags, error answers).
  const routes = new RouteCatalogue().listen(app);
  const storage = directoryStorage(path.join(config.dataDir, 'uploads'));
  app.decorate('platform', { config, db: database.db, databaseKind: database.kind, storage });
  // Statements sent from here on count as the request's (see /metrics and the bench).
  app.addHook('onRequest', (_request, _reply, done) => inRequestScope(done));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // Other processes' changes reach this one's caches (see platform/broadcast).
  const stopListening = listenForAnnouncements(database, app.log);
  app.addHook('onClose', stopListening);
  // Public reads served from memory, dropped by those announcements (see platform/http/hot-reads).
  registerHotReads(app, config);

  registerProblemHandlers(app);
  await registerSecurity(app, config);
  // Before any route or plugin scope, so that every route has them (a plugin's scope copies the
  // hooks that exist when it is registered); after the security headers, so refusals carry them.
  registerAccessGuard(app);
  registerInputGuard(app);
  registerMethodNotAllowed(app);
  // Location before idempotency: a kept 201 keeps its Location.
  registerLocation(app, routes, apiReference);
  registerIdempotency(app);
  await app.register(cookie);
  await registerOpenApi(app, APP_VERSION, { routes, reference: apiReference });
  registerHealth(app, database.db);
  registerMetrics(app, database.db);
  if (config.COCREATE_BENCH_ROUTES) {
    // The HTTP baseline of `npm run bench`: the same server with no work behind the route.
    app.get('/api/v1/_bench/noop', { schema: { hide: true }, config: { access: 'public' } }, async () => ({
      ok: true,
    }));
  }
  for (const module of options.modules) {
    if (module.httpHooks) await app.register(module.httpHooks);
  }
  for (const module of options.modules) {
    const plugin = module.routes;
    if (plugin) await routes.registerModule(module.name, () => app.register(plugin, { prefix: '/api/v1' }));
  }
  await registerStaticWeb(
    app,
    options.webRoot ?? path.join(repoRoot, 'dist', 'web'),
    path.join(repoRoot, 'dist', 'widget'),
  );
  return app;
}
