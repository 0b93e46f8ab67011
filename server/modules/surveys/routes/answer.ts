import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendHotRead } from '../../../platform/http/hot-reads.js';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { opensOrClosesWithin, SURVEYS_AREA } from '../hot-read-area.js';
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
const SHARED = 'The same for everyone: answered from memory (ETag; If-None-Match gets 304).';

export const answerRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;
  // An answer showing a survey that opens or closes sooner than the cache would keep it is read fresh.
  const horizonMs = app.platform.config.HOT_READ_TTL_SECONDS * 1000;
  const shared = (workspaceId: string) => ({ workspaceId, area: SURVEYS_AREA, audience: 'everyone' });

  app.get(
    '/s',
    {
      config: { access: 'public', hotRead: true },
      schema: {
        tags,
        summary: 'Open surveys anyone may answer (those not sent by an event or shown by the widget)',
        description: SHARED,
        response: { 200: PublicSurveyListSchema },
      },
    },
    async (request, reply) => {
      const workspaceId = requireWorkspace(request.actor);
      const list = async () => {
        const rows = await listPublicSurveys(db, workspaceId);
        return { items: rows.filter((s) => !closedReason(s)).map(presentPublicSurveyListItem), rows };
      };
      let fresh: { items: ReturnType<typeof presentPublicSurveyListItem>[] } | undefined;
      const answered = await sendHotRead(request, reply, shared(workspaceId), async () => {
        const { items, rows } = await list();
        if (!opensOrClosesWithin(rows, horizonMs)) return { items };
        fresh = { items };
        return undefined;
      });
      return answered ? reply : (fresh ?? { items: (await list()).items });
    },
  );

  app.get(
    '/s/:slug',
    {
      config: { access: 'public', hotRead: true },
      schema: {
        tags,
        summary: 'A survey as respondents see it',
        description: SHARED,
        params: SlugParams,
        response: { 200: PublicSurveyWithStateSchema },
      },
    },
    async (request, reply) => {
      const workspaceId = requireWorkspace(request.actor);
      const read = async () => {
        const survey = await findSurveyBySlug(db, workspaceId, request.params.slug);
        return { survey, body: { ...presentPublicSurvey(survey), closedReason: await answerableReason(db, survey) } };
      };
      let fresh: Awaited<ReturnType<typeof read>>['body'] | undefined;
      const answered = await sendHotRead(request, reply, shared(workspaceId), async () => {
        const { survey, body } = await read();
        if (!opensOrClosesWithin([survey], horizonMs)) return body;
        fresh = body;
        return undefined;
      });
      return answered ? reply : (fresh ?? (await read()).body);
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
