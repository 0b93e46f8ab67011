import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../../platform/errors.js';
import { PageQuerySchema, pageOf } from '../../../platform/http/pagination.js';
import { listJobs, retryDeadJob } from '../../../platform/jobs/index.js';
import { requireWorkspace } from '../policies.js';
import { listAuditLog } from '../queries.js';
import { AuditEntrySchema, IdParams, OkSchema } from '../schemas.js';

const JobSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['queued', 'running', 'done', 'dead']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  runAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit-log',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['Audit'],
        summary: 'Staff actions on settings, roles and keys, newest first',
        querystring: PageQuerySchema,
        response: { 200: pageOf(AuditEntrySchema) },
      },
    },
    async (request) => listAuditLog(app.platform.db, requireWorkspace(request.actor), request.query),
  );

  app.get(
    '/admin/jobs',
    {
      config: { access: { permission: 'jobs.manage' } },
      schema: {
        tags: ['Jobs'],
        summary: "The workspace's background jobs by status; `dead` is the dead-letter list",
        querystring: z.object({
          status: z.enum(['queued', 'running', 'done', 'dead']).default('dead'),
          limit: z.coerce.number().int().min(1).max(100).default(50),
        }),
        response: { 200: z.object({ items: z.array(JobSchema) }) },
      },
    },
    async (request) => {
      const jobs = await listJobs(app.platform.db, {
        status: request.query.status,
        limit: request.query.limit,
        workspaceId: requireWorkspace(request.actor),
      });
      return {
        items: jobs.map((j) => ({
          ...j,
          runAt: j.runAt.toISOString(),
          createdAt: j.createdAt.toISOString(),
          finishedAt: j.finishedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    '/admin/jobs/:id/retry',
    {
      config: { access: { permission: 'jobs.manage' } },
      schema: {
        tags: ['Jobs'],
        summary: 'Put a dead job back in the queue',
        params: IdParams,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      if (!(await retryDeadJob(app.platform.db, request.params.id, requireWorkspace(request.actor))))
        throw notFound('A dead job');
      return { ok: true as const };
    },
  );
};
