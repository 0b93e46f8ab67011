import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageOf } from '../../../platform/http/pagination.js';
import { commandContext, requireWorkspace, type Actor } from '../../identity/index.js';
import type { CaseRow } from '../case-row.js';
import { assessCase, assignCase } from '../commands/assess-case.js';
import { recordCase } from '../commands/file-case.js';
import { bulkUpdate, inviteToCocreation, linkIdea, mergeCases } from '../commands/organise.js';
import { postAgentMessage } from '../commands/post-message.js';
import { carryOutRemedy, offerRemedies } from '../commands/remedies.js';
import { resolveCase } from '../commands/resolve-case.js';
import { readAccess, workAccess } from '../permissions.js';
import { caseDetail, caseHistory, listQueue, presentPage } from '../queries.js';
import {
  AssessSchema,
  AssignSchema,
  BulkSchema,
  CaseDetailSchema,
  CaseSummarySchema,
  HistorySchema,
  IdeaLinkSchema,
  IdParams,
  MergeSchema,
  MessageSchema,
  OfferRemediesSchema,
  QueueQuerySchema,
  RecordCaseSchema,
  ResolveSchema,
} from '../schemas.js';
import { getCaseSettings } from '../settings.js';

const tags = ['Cases (agents)'];
const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** The agents' side: every case of the workspace. */
export const consoleRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;
  // Commands return the case as they left it, so the detail after a change does not read it again.
  const detail = (actor: Actor, caseOrId: string | CaseRow) =>
    caseDetail(db, requireWorkspace(actor), caseOrId, { staff: true, userId: userIdOf(actor) });

  app.get(
    '/cases',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'The queue: mine, team, unassigned, breaching soon, safety, resolved; with filters and search',
        querystring: QueueQuerySchema,
        response: { 200: pageOf(CaseSummarySchema) },
      },
    },
    async (request) => {
      const workspaceId = requireWorkspace(request.actor);
      // Only "breaching soon" needs the warning window: the other views save the settings read.
      const warnMinutes = async () => (await getCaseSettings(db, workspaceId)).warnMinutes;
      return presentPage(
        db,
        workspaceId,
        await listQueue(db, workspaceId, userIdOf(request.actor), request.query, warnMinutes),
      );
    },
  );

  app.post(
    '/cases',
    {
      config: workAccess,
      schema: {
        tags,
        summary: 'Record a case for a customer (a call, a mail, a store visit)',
        body: RecordCaseSchema,
        response: { 201: CaseDetailSchema },
      },
    },
    async (request, reply) => {
      const row = await recordCase(commandContext(request), request.body);
      return reply.status(201).send(await detail(request.actor, row));
    },
  );

  app.get(
    '/cases/:id',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'A case with its whole thread (internal notes included)',
        params: IdParams,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) => detail(request.actor, request.params.id),
  );

  app.get(
    '/cases/:id/history',
    {
      config: readAccess,
      schema: {
        tags,
        summary: 'Audit trail: every change to the case, who and when',
        params: IdParams,
        response: { 200: HistorySchema },
      },
    },
    async (request) => caseHistory(db, requireWorkspace(request.actor), request.params.id),
  );

  const action = <B extends z.ZodType>(
    path: string,
    summary: string,
    body: B,
    run: (ctx: ReturnType<typeof commandContext>, id: string, input: z.infer<B>) => Promise<CaseRow>,
  ) => {
    app.post(
      `/cases/:id/${path}`,
      {
        config: workAccess,
        schema: { tags, summary, params: IdParams, body, response: { 200: CaseDetailSchema } },
      },
      async (request) =>
        detail(request.actor, await run(commandContext(request), request.params.id, request.body as z.infer<B>)),
    );
  };

  app.patch(
    '/cases/:id',
    {
      config: workAccess,
      schema: {
        tags,
        summary: 'Assess: type, severity, priority, safety flag, warranty, status, root cause',
        params: IdParams,
        body: AssessSchema,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) =>
      detail(request.actor, await assessCase(commandContext(request), request.params.id, request.body)),
  );

  action('assignment', 'Assign to a team and agent, by hand or by the team rule', AssignSchema, (ctx, id, input) =>
    assignCase(ctx, id, input),
  );
  action('messages', 'Reply to the customer or add an internal note', MessageSchema, (ctx, id, input) =>
    postAgentMessage(ctx, id, input),
  );
  action(
    'offers',
    'Offer remedies (with terms and appointment slots) for the customer to choose from',
    OfferRemediesSchema,
    async (ctx, id, input) => (await offerRemedies(ctx, id, input)).row,
  );
  action('carried-out', 'The accepted remedy has been carried out', z.object({}), (ctx, id) => carryOutRemedy(ctx, id));
  action(
    'resolution',
    'Resolve the case (tag a root cause); starts the reopen period',
    ResolveSchema,
    (ctx, id, input) => resolveCase(ctx, id, input),
  );
  action('merge', 'Merge this duplicate into another case of the same customer', MergeSchema, (ctx, id, input) =>
    mergeCases(ctx, id, input.intoCaseId),
  );
  action('idea-link', 'Link the case to an idea (a product improvement)', IdeaLinkSchema, (ctx, id, input) =>
    linkIdea(ctx, id, input),
  );
  action('cocreation-invitation', 'Invite the customer into the co-creation programme', z.object({}), (ctx, id) =>
    inviteToCocreation(ctx, id),
  );

  app.delete(
    '/cases/:id/idea-link',
    {
      config: workAccess,
      schema: { tags, summary: 'Remove the link to an idea', params: IdParams, response: { 200: CaseDetailSchema } },
    },
    async (request) => detail(request.actor, await linkIdea(commandContext(request), request.params.id, null)),
  );

  app.post(
    '/cases/bulk',
    {
      config: workAccess,
      schema: {
        tags,
        summary: 'Assign, reprioritise or resolve many cases at once (all or nothing)',
        body: BulkSchema,
        response: { 200: z.object({ updated: z.number() }) },
      },
    },
    async (request) => ({ updated: await bulkUpdate(commandContext(request), request.body) }),
  );
};
