import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { deadJobNotFound } from '../errors.js';
import { PageQuerySchema, pageOf } from '../../../platform/http/pagination.js';
import { listJobs, retryDeadJob } from '../../../platform/jobs/index.js';
import { requireWorkspace } from '../policies.js';
import { listAuditLog } from '../queries.js';
import { presentJob } from '../presenters.js';
import { AuditEntrySchema, IdParams, JobListQuerySchema, JobListSchema, OkSchema } from '../schemas.js';

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
        querystring: JobListQuerySchema,
        response: { 200: JobListSchema },
      },
    },
    async (request) => {
      const jobs = await listJobs(app.platform.db, {
        status: request.query.status,
        limit: request.query.limit,
        workspaceId: requireWorkspace(request.actor),
      });
      return { items: jobs.map(presentJob) };
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
        throw deadJobNotFound();
      return { ok: true as const };
    },
  );
};
