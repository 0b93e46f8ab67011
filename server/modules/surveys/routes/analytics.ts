import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { requireWorkspace } from '../../identity/index.js';
import {
  AnalyticsFilterSchema,
  BreakdownQuerySchema,
  BreakdownSchema,
  KanoReportSchema,
  ResponseItemSchema,
  ResponsesQuerySchema,
  SummaryQuerySchema,
  SummarySchema,
  TextQuerySchema,
  TextReportSchema,
  TrendQuerySchema,
  TrendSchema,
} from '../analytics-schemas.js';
import { SurveyPermissions } from '../permissions.js';
import { kanoReport, surveyBreakdown, surveySummary, surveyTrend } from '../queries/analytics.js';
import { exportResponsesCsv, listResponses, textReport } from '../queries/responses.js';
import { IdParams } from '../schemas.js';

const tags = ['Survey analytics'];
const read = { access: { permission: SurveyPermissions.read } } as const;

export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;
  app.get(
    '/surveys/:id/summary',
    {
      config: read,
      schema: {
        tags,
        summary: 'NPS, CSAT, CES, ratings, choices and KANO of every question (see docs/metrics.md)',
        params: IdParams,
        querystring: SummaryQuerySchema,
        response: { 200: SummarySchema },
      },
    },
    async (request) => surveySummary(db, requireWorkspace(request.actor), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/trend',
    {
      config: read,
      schema: {
        tags,
        summary: "A question's headline number by day, week or month",
        params: IdParams,
        querystring: TrendQuerySchema,
        response: { 200: TrendSchema },
      },
    },
    async (request) => surveyTrend(db, requireWorkspace(request.actor), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/breakdown',
    {
      config: read,
      schema: {
        tags,
        summary: "A question's headline number by channel, touchpoint, language or segment",
        params: IdParams,
        querystring: BreakdownQuerySchema,
        response: { 200: BreakdownSchema },
      },
    },
    async (request) => surveyBreakdown(db, requireWorkspace(request.actor), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/kano',
    {
      config: read,
      schema: {
        tags,
        summary: 'KANO categories, strength, Fong test, Better/Worse and DuMouchel scores of every feature',
        params: IdParams,
        querystring: AnalyticsFilterSchema,
        response: { 200: KanoReportSchema },
      },
    },
    async (request) => kanoReport(db, requireWorkspace(request.actor), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/text',
    {
      config: read,
      schema: {
        tags,
        summary: 'Keywords and phrases of an open-text question, by period and segment',
        params: IdParams,
        querystring: TextQuerySchema,
        response: { 200: TextReportSchema },
      },
    },
    async (request) => textReport(db, requireWorkspace(request.actor), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/responses',
    {
      config: read,
      schema: {
        tags,
        summary: 'Completed responses, newest first (q: drill down by words)',
        params: IdParams,
        querystring: ResponsesQuerySchema,
        response: { 200: pageOf(ResponseItemSchema) },
      },
    },
    async (request) => listResponses(db, requireWorkspace(request.actor), request.params.id, request.query),
  );

  app.get(
    '/surveys/:id/responses.csv',
    {
      config: read,
      schema: {
        tags,
        summary: 'Completed responses as CSV (UTF-8 with BOM)',
        params: IdParams,
        querystring: AnalyticsFilterSchema,
        response: { 200: z.string() },
      },
    },
    async (request, reply) => {
      const { filename, csv } = await exportResponsesCsv(
        db,
        requireWorkspace(request.actor),
        request.params.id,
        request.query,
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );
};
