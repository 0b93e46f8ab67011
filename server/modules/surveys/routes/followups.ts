import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { updateFollowup } from '../commands/update-followup.js';
import { SurveyPermissions } from '../permissions.js';
import {
  FollowupQuerySchema,
  getFollowup,
  listFollowups,
  recoveryStats,
  RecoverySchema,
} from '../queries/followups.js';
import { LocalTextSchema } from '../definition.js';
import { IdParams } from '../schemas.js';

const tags = ['Survey follow-ups'];
const followUp = { access: { permission: SurveyPermissions.followUp } } as const;

const FollowupSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  surveyTitle: LocalTextSchema,
  responseId: z.uuid(),
  questionId: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  kind: z.enum(['detractor', 'low_csat']),
  score: z.number(),
  comment: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  assignee: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  notes: z.array(z.object({ authorId: z.string().nullable(), body: z.string(), at: z.string() })),
  outcome: z.enum(['contacted', 'resolved', 'no_answer']).nullable(),
  nextResponse: z
    .object({ id: z.uuid(), score: z.number().nullable() })
    .nullable()
    .describe("The same customer's next answer: the movement"),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

const FollowupChangeSchema = z.object({
  assigneeId: z.uuid().nullable().optional(),
  note: z.string().trim().min(1).max(4000).optional(),
  outcome: z.enum(['contacted', 'resolved', 'no_answer']).optional(),
  close: z.boolean().optional(),
});

export const followupRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;
  app.get(
    '/survey-followups',
    {
      config: followUp,
      schema: {
        tags,
        summary: 'Follow-ups of detractors and unhappy CSAT answers',
        querystring: FollowupQuerySchema,
        response: { 200: pageOf(FollowupSchema) },
      },
    },
    async (request) =>
      listFollowups(
        db,
        requireWorkspace(request.actor),
        request.actor.kind === 'user' ? request.actor.userId : null,
        request.query,
      ),
  );

  app.get(
    '/survey-followups/recovery',
    {
      config: followUp,
      schema: {
        tags,
        summary: 'Outcomes, movement of detractors who answered again, share recovered',
        querystring: z.object({ surveyId: z.uuid().optional() }),
        response: { 200: RecoverySchema },
      },
    },
    async (request) => recoveryStats(db, requireWorkspace(request.actor), request.query.surveyId),
  );

  app.get(
    '/survey-followups/:id',
    {
      config: followUp,
      schema: { tags, summary: 'One follow-up', params: IdParams, response: { 200: FollowupSchema } },
    },
    async (request) => getFollowup(db, requireWorkspace(request.actor), request.params.id),
  );

  app.patch(
    '/survey-followups/:id',
    {
      config: followUp,
      schema: {
        tags,
        summary: 'Assign, add a note, set the outcome, close',
        params: IdParams,
        body: FollowupChangeSchema,
        response: { 200: FollowupSchema },
      },
    },
    async (request) => {
      const row = await updateFollowup(commandContext(request), request.params.id, request.body);
      return getFollowup(db, requireWorkspace(request.actor), row.id);
    },
  );
};
