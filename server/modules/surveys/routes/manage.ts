import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { changeSurveyStatus, createSurvey, updateSurvey } from '../commands/save-survey.js';
import { sendInvitations } from '../commands/send-invitations.js';
import { updateSurveySettings } from '../commands/update-settings.js';
import { SurveyPermissions } from '../permissions.js';
import { presentSurvey } from '../presenters.js';
import { assignableStaff, listSurveys, surveySettings } from '../queries/surveys.js';
import {
  AssigneesSchema,
  IdParams,
  InvitationResultSchema,
  SendInvitationsSchema,
  SettingsSchema,
  SurveyInputSchema,
  SurveyListQuerySchema,
  SurveySchema,
  SurveyStatusSchema,
} from '../schemas.js';
import { findSurvey } from '../survey-rows.js';

const tags = ['Surveys'];
const read = { access: { permission: SurveyPermissions.read } } as const;
const manage = { access: { permission: SurveyPermissions.manage } } as const;

export const manageRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/surveys',
    {
      config: read,
      schema: {
        tags,
        summary: 'Surveys of the workspace, newest first',
        querystring: SurveyListQuerySchema,
        response: { 200: pageOf(SurveySchema) },
      },
    },
    async (request) => listSurveys(app.platform.db, requireWorkspace(request.actor), request.query),
  );

  app.post(
    '/surveys',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a survey (as a draft)',
        body: SurveyInputSchema,
        response: { 201: SurveySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentSurvey(await createSurvey(commandContext(request), request.body))),
  );

  app.get(
    '/surveys/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A survey with its questions and distribution settings',
        params: IdParams,
        response: { 200: SurveySchema },
      },
    },
    async (request) =>
      presentSurvey(await findSurvey(app.platform.db, requireWorkspace(request.actor), request.params.id)),
  );

  app.put(
    '/surveys/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Replace a survey definition',
        params: IdParams,
        body: SurveyInputSchema,
        response: { 200: SurveySchema },
      },
    },
    async (request) => presentSurvey(await updateSurvey(commandContext(request), request.params.id, request.body)),
  );

  app.post(
    '/surveys/:id/status',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Open or close a survey',
        params: IdParams,
        body: SurveyStatusSchema,
        response: { 200: SurveySchema },
      },
    },
    async (request) =>
      presentSurvey(await changeSurveyStatus(commandContext(request), request.params.id, request.body.status)),
  );

  app.post(
    '/surveys/:id/invitations',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Send single-use personal links (by email through the job queue)',
        params: IdParams,
        body: SendInvitationsSchema,
        response: { 200: InvitationResultSchema },
      },
    },
    async (request) => sendInvitations(commandContext(request), request.params.id, request.body),
  );

  app.get(
    '/survey-settings',
    {
      config: read,
      schema: { tags, summary: 'The contact budget of the workspace', response: { 200: SettingsSchema } },
    },
    async (request) => surveySettings(app.platform.db, requireWorkspace(request.actor)),
  );

  app.put(
    '/survey-settings',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set the contact budget: at most one survey per person per N days',
        body: SettingsSchema,
        response: { 200: SettingsSchema },
      },
    },
    async (request) => updateSurveySettings(commandContext(request), request.body),
  );

  app.get(
    '/survey-followups/assignees',
    {
      config: { access: { permission: SurveyPermissions.followUp } },
      schema: {
        tags: ['Survey follow-ups'],
        summary: 'Staff who may be assigned a follow-up',
        response: { 200: AssigneesSchema },
      },
    },
    async (request) => ({ items: await assignableStaff(app.platform.db, requireWorkspace(request.actor)) }),
  );
};
