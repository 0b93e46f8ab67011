import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { commandContext, requireWorkspace } from '../../identity/index.js';
import { actorIdOf } from '../commands/actor.js';
import { createBoard } from '../commands/create-board.js';
import { setStatuses } from '../commands/set-statuses.js';
import { updateBoard } from '../commands/update-board.js';
import { CONFIGURE } from '../permissions.js';
import { presentStatus } from '../presenters.js';
import { boardView, getBoard, listBoards } from '../queries.js';
import {
  BoardCreateSchema,
  BoardParams,
  BoardSchema,
  BoardUpdateSchema,
  IdParams,
  StatusListSchema,
  StatusWorkflowSchema,
} from '../schemas.js';
import { loadStatuses } from '../statuses.js';
import { viewerOf } from '../viewer.js';

const tags = ['Ideas: boards'];
const configure = { access: { permission: CONFIGURE } } as const;

export const boardRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;

  app.get(
    '/idea-boards',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Boards the caller may see, with their rules (budget, weights, threshold)',
        response: { 200: z.object({ items: z.array(BoardSchema) }) },
      },
    },
    async (request) => listBoards(db, await viewerOf(db, request.actor)),
  );

  app.get(
    '/idea-boards/:id',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'One board by id or slug', params: BoardParams, response: { 200: BoardSchema } },
    },
    async (request) => getBoard(db, await viewerOf(db, request.actor), request.params.id),
  );

  app.post(
    '/idea-boards',
    {
      config: configure,
      schema: { tags, summary: 'Create a board', body: BoardCreateSchema, response: { 201: BoardSchema } },
    },
    async (request, reply) => {
      const board = await createBoard(commandContext(request), request.body);
      const view = await boardView(db, { workspaceId: board.workspace_id, userId: actorIdOf(request.actor) }, board);
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/idea-boards/:id',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Change a board (visibility, members, segments, budget, weights, threshold, moderation)',
        params: IdParams,
        body: BoardUpdateSchema,
        response: { 200: BoardSchema },
      },
    },
    async (request) => {
      const board = await updateBoard(commandContext(request), request.params.id, request.body);
      return boardView(db, { workspaceId: board.workspace_id, userId: actorIdOf(request.actor) }, board);
    },
  );

  app.get(
    '/idea-statuses',
    {
      config: { access: 'public' },
      schema: { tags, summary: "The workspace's idea statuses in workflow order", response: { 200: StatusListSchema } },
    },
    async (request) => ({ items: (await loadStatuses(db, requireWorkspace(request.actor))).map(presentStatus) }),
  );

  app.put(
    '/idea-statuses',
    {
      config: configure,
      schema: {
        tags,
        summary: 'Replace the status workflow',
        body: StatusWorkflowSchema,
        response: { 200: StatusListSchema },
      },
    },
    async (request) => {
      await setStatuses(commandContext(request), request.body);
      return { items: request.body.items };
    },
  );
};
