import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendHotRead, sendPrivate } from '../../../platform/http/hot-reads.js';
import { PageQuerySchema, pageOf } from '../../../platform/http/pagination.js';
import { requireWorkspace } from '../../identity/index.js';
import { IDEAS_AREA } from '../hot-read-areas.js';
import { publicIdea } from '../public-idea.js';
import { publicScope, type PublicScope } from '../public-scope.js';
import {
  changelog,
  changelogOf,
  getIdea,
  ideaPage,
  listIdeas,
  roadmap,
  roadmapOf,
  type ListScope,
} from '../queries.js';
import {
  IdeaListQuerySchema,
  IdeaSchema,
  IdeaSummarySchema,
  IdParams,
  ViewerStateQuerySchema,
  ViewerStateSchema,
} from '../schemas.js';
import { cachedSetup } from '../setup.js';
import { seesAsStaff, viewerOf } from '../viewer.js';
import { viewerState } from '../viewer-state.js';

const tags = ['Ideas'];
// Answered from memory for visitors and customers (ETag, 304); staff read them fresh.
const hotRead = { access: 'public', hotRead: true } as const;
const SHARED =
  'Visitors and customers share one cached answer (ETag; If-None-Match gets 304) without anyone’s own vote or follow: ' +
  'ask `GET /ideas/viewer-state` for those. Staff get their own, uncached.';

/** A shared list reads nobody's votes. */
const sharedList = (scope: PublicScope): ListScope => ({
  workspaceId: scope.workspaceId,
  userId: null,
  boardIds: scope.boardIds,
  statuses: scope.setup.statuses,
});

/** Idea lists, roadmap, changelog and idea pages: the public reads, cached; and the caller's own state beside them. */
export const publicReadRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;
  const cache = app.hotReads;
  const audienceOf = (scope: PublicScope) => ({
    workspaceId: scope.workspaceId,
    area: IDEAS_AREA,
    audience: scope.audience,
    since: scope.since,
  });

  app.get(
    '/ideas',
    {
      config: hotRead,
      schema: {
        tags,
        summary: 'Ideas by trending (72-hour half-life), top or newest; filter by board, status, tag, text',
        description: SHARED,
        querystring: IdeaListQuerySchema,
        response: { 200: pageOf(IdeaSummarySchema) },
      },
    },
    async (request, reply) => {
      const { actor, query } = request;
      if (seesAsStaff(actor)) return sendPrivate(reply, await listIdeas(db, await viewerOf(db, actor), query));
      const scope = await publicScope(cache, db, actor, query.board);
      await sendHotRead(request, reply, audienceOf(scope), () => ideaPage(db, sharedList(scope), query));
      return reply;
    },
  );

  app.get(
    '/ideas/viewer-state',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'My vote and whether I follow, for each of the ideas I am looking at (nothing for visitors)',
        querystring: ViewerStateQuerySchema,
        response: { 200: ViewerStateSchema },
      },
    },
    async (request, reply) => sendPrivate(reply, await viewerState(db, request.actor, request.query.ids.split(','))),
  );

  app.get(
    '/ideas/roadmap',
    {
      config: hotRead,
      schema: {
        tags,
        summary: 'Public roadmap: planned, in progress, shipped',
        description: SHARED,
        response: {
          200: z.object({
            columns: z.array(
              z.object({ stage: z.enum(['planned', 'in_progress', 'shipped']), items: z.array(IdeaSummarySchema) }),
            ),
          }),
        },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      if (seesAsStaff(actor)) return sendPrivate(reply, await roadmap(db, await viewerOf(db, actor)));
      const scope = await publicScope(cache, db, actor);
      // Nobody acts on the roadmap expecting to see it change at once: a browser may show its copy while it asks.
      await sendHotRead(request, reply, { ...audienceOf(scope), staleWhileRevalidate: 30 }, () =>
        roadmapOf(db, sharedList(scope)),
      );
      return reply;
    },
  );

  app.get(
    '/ideas/changelog',
    {
      config: hotRead,
      schema: {
        tags,
        summary: 'Changelog: shipped ideas, newest first, with the release note',
        description: SHARED,
        querystring: PageQuerySchema,
        response: { 200: pageOf(IdeaSummarySchema.extend({ answerHtml: z.string().nullable() })) },
      },
    },
    async (request, reply) => {
      const { actor, query } = request;
      if (seesAsStaff(actor)) return sendPrivate(reply, await changelog(db, await viewerOf(db, actor), query));
      const scope = await publicScope(cache, db, actor);
      await sendHotRead(request, reply, { ...audienceOf(scope), staleWhileRevalidate: 30 }, () =>
        changelogOf(db, sharedList(scope), query),
      );
      return reply;
    },
  );

  app.get(
    '/ideas/:id',
    {
      config: hotRead,
      schema: {
        tags,
        summary:
          'One idea with its official answer, threshold progress and (for staff) RICE; a merged idea names the one it redirects to',
        description: `${SHARED} A pending idea (its author sees it) or one on a private board is read for the viewer, uncached.`,
        params: IdParams,
        response: { 200: IdeaSchema },
      },
    },
    async (request, reply) => {
      const { actor } = request;
      const { id } = request.params;
      if (!seesAsStaff(actor)) {
        const workspaceId = requireWorkspace(actor);
        const answered = await sendHotRead(
          request,
          reply,
          { workspaceId, area: IDEAS_AREA, audience: 'public' },
          async () =>
            (await publicIdea(cache, db, workspaceId, await cachedSetup(cache, db, workspaceId), id)) ?? undefined,
        );
        if (answered) return reply;
      }
      return sendPrivate(reply, await getIdea(db, await viewerOf(db, actor), id));
    },
  );
};
