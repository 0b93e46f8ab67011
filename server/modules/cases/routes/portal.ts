import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PageQuerySchema, pageOf } from '../../../platform/http/pagination.js';
import { commandContext, requireUser } from '../../identity/index.js';
import type { CaseRow } from '../case-row.js';
import { fileCase } from '../commands/file-case.js';
import { postCustomerMessage } from '../commands/post-message.js';
import { decideRemedy, escalateCase } from '../commands/remedies.js';
import { rateCase, reopenCase } from '../commands/resolve-case.js';
import { caseDetail, listOwnCases } from '../queries.js';
import {
  CaseDetailSchema,
  CaseSummarySchema,
  CustomerMessageSchema,
  DecisionSchema,
  EscalateSchema,
  FileCaseSchema,
  IdParams,
  RatingSchema,
  ReopenSchema,
} from '../schemas.js';

const tags = ['Cases (customer)'];
const signedIn = { access: 'signed_in' } as const;

/** The customer's side: their own cases only (anyone else's case answers 404). */
export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  // Commands return the case as they left it, so the detail after a change does not read it again.
  const detail = (request: { actor: Parameters<typeof requireUser>[0] }, caseOrId: string | CaseRow) => {
    const user = requireUser(request.actor);
    return caseDetail(app.platform.db, user.workspaceId, caseOrId, { staff: false, userId: user.userId });
  };

  app.get(
    '/my/cases',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My cases, newest first',
        querystring: PageQuerySchema,
        response: { 200: pageOf(CaseSummarySchema) },
      },
    },
    async (request) => {
      const user = requireUser(request.actor);
      return listOwnCases(app.platform.db, user.workspaceId, user.userId, request.query.limit, request.query.cursor);
    },
  );

  app.post(
    '/my/cases',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'File a complaint, repair request or question (acknowledged at once, in the portal and by email)',
        body: FileCaseSchema,
        response: { 201: CaseDetailSchema },
      },
    },
    async (request, reply) => {
      const row = await fileCase(commandContext(request), request.body);
      return reply.status(201).send(await detail(request, row));
    },
  );

  app.get(
    '/my/cases/:id',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'One of my cases: public replies, offers, how to escalate',
        params: IdParams,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) => detail(request, request.params.id),
  );

  app.post(
    '/my/cases/:id/messages',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Add a message (and photos) to my case',
        params: IdParams,
        body: CustomerMessageSchema,
        response: { 201: CaseDetailSchema },
      },
    },
    async (request, reply) => {
      const row = await postCustomerMessage(commandContext(request), request.params.id, request.body);
      return reply.status(201).send(await detail(request, row));
    },
  );

  app.post(
    '/my/cases/:id/decision',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Accept one offered remedy (with an appointment slot) or decline them with a reason',
        params: IdParams,
        body: DecisionSchema,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) => detail(request, await decideRemedy(commandContext(request), request.params.id, request.body)),
  );

  app.post(
    '/my/cases/:id/escalation',
    {
      config: signedIn,
      schema: {
        tags,
        summary: "Ask for a supervisor's review",
        params: IdParams,
        body: EscalateSchema,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) =>
      detail(request, await escalateCase(commandContext(request), request.params.id, request.body.reason)),
  );

  app.post(
    '/my/cases/:id/reopen',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Reopen my resolved case within the reopen period',
        params: IdParams,
        body: ReopenSchema,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) =>
      detail(request, await reopenCase(commandContext(request), request.params.id, request.body.reason)),
  );

  app.post(
    '/my/cases/:id/rating',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Rate how my resolved case was handled (1-5)',
        params: IdParams,
        body: RatingSchema,
        response: { 200: CaseDetailSchema },
      },
    },
    async (request) => detail(request, await rateCase(commandContext(request), request.params.id, request.body)),
  );
};
