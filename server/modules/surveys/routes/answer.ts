import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { isOptedOut, optOut } from '../commands/opt-out.js';
import { resumeResponse, saveAnswers } from '../commands/save-answers.js';
import { startResponse } from '../commands/start-response.js';
import { presentPublicSurvey, presentPublicSurveyListItem } from '../presenters.js';
import {
  IdParams,
  OptOutSchema,
  OptOutStateSchema,
  PublicSurveyListSchema,
  PublicSurveyWithStateSchema,
  ResponseStateSchema,
  ResumeQuerySchema,
  SaveAnswersSchema,
  SlugParams,
  StartResponseSchema,
} from '../schemas.js';
import { answerableReason, closedReason, findSurveyBySlug, listPublicSurveys } from '../survey-rows.js';

const tags = ['Answering surveys'];

export const answerRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/s',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Open surveys anyone may answer (those not sent by an event or shown by the widget)',
        response: { 200: PublicSurveyListSchema },
      },
    },
    async (request) => {
      const rows = await listPublicSurveys(app.platform.db, requireWorkspace(request.actor));
      return { items: rows.filter((s) => !closedReason(s)).map(presentPublicSurveyListItem) };
    },
  );

  app.get(
    '/s/:slug',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'A survey as respondents see it',
        params: SlugParams,
        response: { 200: PublicSurveyWithStateSchema },
      },
    },
    async (request) => {
      const survey = await findSurveyBySlug(app.platform.db, requireWorkspace(request.actor), request.params.slug);
      return { ...presentPublicSurvey(survey), closedReason: await answerableReason(app.platform.db, survey) };
    },
  );

  app.post(
    '/s/:slug/responses',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Start (or resume) a response; returns the token that saves it',
        params: SlugParams,
        body: StartResponseSchema,
        response: { 201: ResponseStateSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startResponse(commandContext(request), request.params.slug, request.body)),
  );

  app.get(
    '/survey-responses/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Resume a response where it was left',
        params: IdParams,
        querystring: ResumeQuerySchema,
        response: { 200: ResponseStateSchema },
      },
    },
    async (request) => resumeResponse(commandContext(request), request.params.id, request.query.token),
  );

  app.put(
    '/survey-responses/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Save answers as the respondent goes; complete: true sends the response',
        params: IdParams,
        body: SaveAnswersSchema,
        response: { 200: ResponseStateSchema },
      },
    },
    async (request) => saveAnswers(commandContext(request), request.params.id, request.body),
  );

  app.post(
    '/survey-opt-out',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Never be asked for a survey again (signed in, or with the token of a personal link)',
        body: OptOutSchema,
        response: { 200: OptOutStateSchema },
      },
    },
    async (request) => optOut(commandContext(request), request.body.invitation),
  );

  app.get(
    '/survey-opt-out',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Whether I have opted out of surveys',
        response: { 200: OptOutStateSchema },
      },
    },
    async (request) => ({ optedOut: await isOptedOut(commandContext(request)) }),
  );

  app.delete(
    '/survey-opt-out',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Accept survey invitations again',
        response: { 200: OptOutStateSchema },
      },
    },
    async (request) => optOut(commandContext(request), undefined, false),
  );
};
