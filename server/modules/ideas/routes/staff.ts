import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuerySchema, pageOf } from '../../../platform/http/pagination.js';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { actorIdOf } from '../commands/actor.js';
import { answerIdea } from '../commands/answer-idea.js';
import { changeStatus } from '../commands/change-status.js';
import { mergeIdeas } from '../commands/merge-ideas.js';
import { moderateComment } from '../commands/moderate-comment.js';
import { updateIdea } from '../commands/update-idea.js';
import { voteOnBehalf } from '../commands/vote-on-behalf.js';
import { listVoters } from '../detail-queries.js';
import { MODERATE, TRIAGE } from '../permissions.js';
import { presentComment, presentVoteResult } from '../presenters.js';
import { getIdea } from '../queries.js';
import {
  AnswerSchema,
  BoardStatsSchema,
  CommentModerationSchema,
  CommentSchema,
  IdeaSchema,
  IdeaSummarySchema,
  IdeaUpdateSchema,
  IdParams,
  MergeSchema,
  OnBehalfSchema,
  OverdueItemSchema,
  PriorityItemSchema,
  PriorityQuerySchema,
  StatusChangeSchema,
  VoterSchema,
  VoteResultSchema,
} from '../schemas.js';
import { boardStats, exportCsv, overdue, priorities, triageInbox } from '../staff-queries.js';
import { viewerOf } from '../viewer.js';

const tags = ['Ideas: staff'];
const triage = { access: { permission: TRIAGE } } as const;
const moderate = { access: { permission: MODERATE } } as const;

export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;
  const fresh = async (request: Parameters<typeof commandContext>[0], id: string) =>
    getIdea(db, await viewerOf(db, request.actor), id);

  app.get(
    '/ideas-console/inbox',
    {
      config: triage,
      schema: {
        tags,
        summary: 'Triage inbox: ideas awaiting moderation, then unanswered new ideas',
        querystring: PageQuerySchema,
        response: { 200: pageOf(IdeaSummarySchema) },
      },
    },
    async (request) => triageInbox(db, await viewerOf(db, request.actor), request.query),
  );

  app.get(
    '/ideas-console/priorities',
    {
      config: triage,
      schema: {
        tags,
        summary: 'Votes, weighted demand, trending and RICE side by side, sortable',
        querystring: PriorityQuerySchema,
        response: { 200: z.object({ items: z.array(PriorityItemSchema) }) },
      },
    },
    async (request) => priorities(db, await viewerOf(db, request.actor), request.query),
  );

  app.get(
    '/ideas-console/overdue',
    {
      config: triage,
      schema: {
        tags,
        summary: 'Ideas past their promised answer date',
        response: { 200: z.object({ items: z.array(OverdueItemSchema) }) },
      },
    },
    async (request) => overdue(db, await viewerOf(db, request.actor)),
  );

  app.get(
    '/ideas-console/board-stats',
    {
      config: triage,
      schema: {
        tags,
        summary: "Boards' response rate and median time to the first official answer",
        response: { 200: BoardStatsSchema },
      },
    },
    async (request) => boardStats(db, requireWorkspace(request.actor)),
  );

  app.get(
    '/ideas-console/export.csv',
    {
      config: triage,
      schema: {
        tags,
        summary: 'CSV of ideas with votes, weighted demand, RICE and voters',
        querystring: z.object({ board: z.string().min(1).max(80).optional() }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const csv = await exportCsv(db, await viewerOf(db, request.actor), request.query.board);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="ideas.csv"')
        .send(csv);
    },
  );

  app.get(
    '/ideas/:id/voters',
    {
      config: triage,
      schema: {
        tags,
        summary: 'Who voted, how much it matters to them, and votes added on behalf (who, why)',
        params: IdParams,
        response: { 200: z.object({ items: z.array(VoterSchema) }) },
      },
    },
    async (request) => listVoters(db, await viewerOf(db, request.actor), request.params.id),
  );

  app.patch(
    '/ideas/:id',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Edit, move, lock, approve/hide an idea, or set its RICE inputs',
        params: IdParams,
        body: IdeaUpdateSchema,
        response: { 200: IdeaSchema },
      },
    },
    async (request) => {
      await updateIdea(commandContext(request), request.params.id, request.body);
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/ideas/:id/status',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Change the status with a public note (followers are told)',
        params: IdParams,
        body: StatusChangeSchema,
        response: { 200: IdeaSchema },
      },
    },
    async (request) => {
      await changeStatus(commandContext(request), request.params.id, request.body);
      return fresh(request, request.params.id);
    },
  );

  app.put(
    '/ideas/:id/answer',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Post (or replace) the pinned official answer',
        params: IdParams,
        body: AnswerSchema,
        response: { 200: IdeaSchema },
      },
    },
    async (request) => {
      await answerIdea(commandContext(request), request.params.id, request.body.body);
      return fresh(request, request.params.id);
    },
  );

  app.post(
    '/ideas/:id/merge',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Merge this duplicate into another idea (votes counted once, comments moved, voters told)',
        params: IdParams,
        body: MergeSchema,
        response: { 200: IdeaSchema },
      },
    },
    async (request) => {
      const into = await mergeIdeas(commandContext(request), request.params.id, request.body.intoId);
      return fresh(request, into.id);
    },
  );

  app.post(
    '/ideas/:id/votes-on-behalf',
    {
      config: moderate,
      schema: {
        tags,
        summary: "Add a customer's vote heard elsewhere, with the reason",
        params: IdParams,
        body: OnBehalfSchema,
        response: { 200: VoteResultSchema },
      },
    },
    async (request) => {
      return presentVoteResult(await voteOnBehalf(commandContext(request), request.params.id, request.body));
    },
  );

  app.post(
    '/idea-comments/:id/moderation',
    {
      config: moderate,
      schema: {
        tags,
        summary: 'Hide or restore a comment',
        params: IdParams,
        body: CommentModerationSchema,
        response: { 200: CommentSchema },
      },
    },
    async (request) => {
      const c = await moderateComment(commandContext(request), request.params.id, request.body.hidden);
      // Moderators see hidden comments' text and report counts.
      return presentComment(c, actorIdOf(request.actor), true);
    },
  );
};
