import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Db } from '../db/open-database.js';
import { countJobs } from '../jobs/admin.js';
import { statementCounts } from '../db/statement-count.js';

/**
 * Prometheus metrics at /metrics: request latency by route, job counts by status, and each
 * subscriber's backlog. Bind it to loopback or protect it at the proxy in production.
 */
export function registerMetrics(app: FastifyInstance, db: Db): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'cocreate_' });
  const duration = new Histogram({
    name: 'cocreate_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'cocreate_http_errors_total',
    help: 'HTTP responses with status >= 500',
    labelNames: ['route'],
    registers: [registry],
  });
  new Counter({
    name: 'cocreate_db_statements_total',
    help: 'SQL statements sent while serving requests or doing background work (events, jobs)',
    labelNames: ['during'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ during: 'request' }, statementCounts.request);
      this.inc({ during: 'background' }, statementCounts.background);
    },
  });
  new Gauge({
    name: 'cocreate_jobs',
    help: 'Jobs by status',
    labelNames: ['status'],
    registers: [registry],
    async collect() {
      const counts = await countJobs(db);
      for (const [status, n] of Object.entries(counts)) this.set({ status }, n);
    },
  });
  new Gauge({
    name: 'cocreate_event_subscriber_failures',
    help: 'Consecutive failed deliveries per event subscriber',
    labelNames: ['subscriber'],
    registers: [registry],
    async collect() {
      const rows = await db.selectFrom('platform_event_checkpoints').select(['subscriber', 'attempts']).execute();
      for (const r of rows) this.set({ subscriber: r.subscriber }, r.attempts);
    },
  });
  new Gauge({
    name: 'cocreate_events_total',
    help: 'Events recorded',
    registers: [registry],
    async collect() {
      const { rows } = await sql<{
        n: number;
      }>`select coalesce(max(id), 0)::int8::float8 as n from platform_events`.execute(db);
      this.set(rows[0]?.n ?? 0);
    },
  });

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (reply.statusCode >= 500) errors.inc({ route });
  });
  // Public to the app; bind it to loopback or protect it at the proxy (see above).
  app.get(
    '/metrics',
    { schema: { hide: true }, logLevel: 'warn', config: { access: 'public' } },
    async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    },
  );
}
