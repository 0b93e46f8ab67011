import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { updateFollowup } from '../commands/update-followup.js';
import { SurveyPermissions } from '../permissions.js';
import { getFollowup, listFollowups, recoveryStats } from '../queries/followups.js';
import {
  FollowupChangeSchema,
  FollowupQuerySchema,
  FollowupSchema,
  IdParams,
  RecoverySchema,
  SurveyFollowupIdQuerySchema,
} from '../schemas.js';

const tags = ['Survey follow-ups'];
const followUp = { access: { permission: SurveyPermissions.followUp } } as const;

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
        querystring: SurveyFollowupIdQuerySchema,
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
