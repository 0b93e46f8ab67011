import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireWorkspace } from '../../identity/index.js';
import { readAccess } from '../permissions.js';
import { caseReport, reportCsv, ReportQuerySchema, ReportSchema } from '../reports.js';

const tags = ['Cases (reports)'];

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/cases/reports',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'Volume, response and resolution times, SLA compliance, remedy acceptance, reopen rate, satisfaction',
        querystring: ReportQuerySchema,
        response: { 200: ReportSchema },
      },
    },
    async (request) => caseReport(app.platform.db, requireWorkspace(request.actor), request.query),
  );

  app.get(
    '/cases/reports.csv',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'The same report as CSV',
        querystring: ReportQuerySchema,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const report = await caseReport(app.platform.db, requireWorkspace(request.actor), request.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="cases-${request.query.groupBy}-${request.query.from}-${request.query.to}.csv"`,
        )
        .send(reportCsv(report));
    },
  );
};
