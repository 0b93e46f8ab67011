import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext } from '../../identity/index.js';
import { actorIdOf } from '../commands/actor.js';
import { castVote } from '../commands/cast-vote.js';
import { editComment } from '../commands/edit-comment.js';
import { setFollowing } from '../commands/follow-idea.js';
import { postComment } from '../commands/post-comment.js';
import { reportComment } from '../commands/report-comment.js';
import { submitIdea } from '../commands/submit-idea.js';
import { withdrawVote } from '../commands/withdraw-vote.js';
import { listComments, statusHistory } from '../detail-queries.js';
import { getIdea } from '../queries.js';
import {
  CommentCreateSchema,
  CommentEditSchema,
  CommentSchema,
  HistorySchema,
  IdeaSchema,
  IdParams,
  IdeaSubmitSchema,
  ReportSchema,
  SimilarQuerySchema,
  SimilarSchema,
  VoteResultSchema,
  VoteSchema,
} from '../schemas.js';
import { similarIdeas } from '../similar.js';
import { presentComment, presentVoteResult } from '../presenters.js';
import { seesAsStaff, viewerOf } from '../viewer.js';

const tags = ['Ideas'];
const signedIn = { access: 'signed_in' } as const;

export const ideaRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;

  app.get(
    '/ideas/similar',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Existing ideas like a title being typed (Chinese and English, tolerant of rewording)',
        querystring: SimilarQuerySchema,
        response: { 200: SimilarSchema },
      },
    },
    async (request) => similarIdeas(db, await viewerOf(db, request.actor), request.query),
  );

  app.post(
    '/ideas',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Submit an idea (Markdown body, tags, uploaded image ids); the author follows it',
        body: IdeaSubmitSchema,
        response: { 201: IdeaSchema },
      },
    },
    async (request, reply) => {
      const idea = await submitIdea(commandContext(request), request.body);
      return reply.status(201).send(await getIdea(db, await viewerOf(db, request.actor), idea.id));
    },
  );

  app.get(
    '/ideas/:id/history',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Public history of status changes with their notes',
        params: IdParams,
        response: { 200: HistorySchema },
      },
    },
    async (request) => statusHistory(db, await viewerOf(db, request.actor), request.params.id),
  );

  app.put(
    '/ideas/:id/vote',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Support an idea (once), with an importance where the board asks for it',
        params: IdParams,
        body: VoteSchema,
        response: { 200: VoteResultSchema },
      },
    },
    async (request) =>
      presentVoteResult(await castVote(commandContext(request), request.params.id, request.body.importance)),
  );

  app.delete(
    '/ideas/:id/vote',
    {
      config: signedIn,
      schema: { tags, summary: 'Withdraw my vote', params: IdParams, response: { 200: VoteResultSchema } },
    },
    async (request) => presentVoteResult(await withdrawVote(commandContext(request), request.params.id)),
  );

  app.put(
    '/ideas/:id/follow',
    {
      config: signedIn,
      schema: { tags, summary: 'Follow an idea', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await setFollowing(commandContext(request), request.params.id, true);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/ideas/:id/follow',
    {
      config: signedIn,
      schema: { tags, summary: 'Stop following an idea', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await setFollowing(commandContext(request), request.params.id, false);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/ideas/:id/comments',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Comments and replies',
        params: IdParams,
        response: { 200: z.object({ items: z.array(CommentSchema) }) },
      },
    },
    async (request) => listComments(db, await viewerOf(db, request.actor), request.params.id),
  );

  app.post(
    '/ideas/:id/comments',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Comment, or reply to a comment (one level)',
        params: IdParams,
        body: CommentCreateSchema,
        response: { 201: CommentSchema },
      },
    },
    async (request, reply) => {
      const c = await postComment(commandContext(request), request.params.id, request.body);
      return reply.status(201).send(presentComment(c, actorIdOf(request.actor), seesAsStaff(request.actor)));
    },
  );

  app.patch(
    '/idea-comments/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Edit my comment (within 15 minutes of posting)',
        params: IdParams,
        body: CommentEditSchema,
        response: { 200: CommentSchema },
      },
    },
    async (request) => {
      const c = await editComment(commandContext(request), request.params.id, request.body.body);
      return presentComment(c, actorIdOf(request.actor), seesAsStaff(request.actor));
    },
  );

  app.post(
    '/idea-comments/:id/reports',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Report a comment as abusive',
        params: IdParams,
        body: ReportSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await reportComment(commandContext(request), request.params.id, request.body.reason);
      return reply.status(204).send(null);
    },
  );
};
