import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePassword } from '../commands/change-password.js';
import { linkAccount } from '../commands/link-account.js';
import { switchWorkspace } from '../commands/switch-workspace.js';
import { authBudget } from '../auth-budget.js';
import { updateProfile } from '../commands/update-profile.js';
import { commandContext } from '../context.js';
import { requireUser } from '../policies.js';
import { getMe, listMyWorkspaces } from '../queries.js';
import {
  ChangePasswordSchema,
  LinkAccountSchema,
  MeSchema,
  OkSchema,
  ProfileUpdateSchema,
  PublicWorkspaceSchema,
  RoleSchema,
} from '../schemas.js';
import { setSessionCookie } from '../session-cookie.js';

const tags = ['Account'];

export const accountRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    {
      config: { access: 'signed_in' },
      schema: { tags, summary: 'The signed-in person and their workspace', response: { 200: MeSchema } },
    },
    async (request) => {
      const actor = requireUser(request.actor);
      return getMe(app.platform.db, actor.workspaceId, actor.userId);
    },
  );

  app.patch(
    '/me',
    {
      config: { access: 'signed_in' },
      schema: {
        tags,
        summary: 'Change display name, avatar or language',
        body: ProfileUpdateSchema,
        response: { 200: MeSchema },
      },
    },
    async (request) => {
      const user = await updateProfile(commandContext(request), request.body);
      return getMe(app.platform.db, user.workspace_id, user.id);
    },
  );

  app.post(
    '/me/password',
    {
      config: { access: 'signed_in', rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Change the password (other sessions end)',
        body: ChangePasswordSchema,
        response: { 200: OkSchema },
      },
    },
    async (request) => {
      await changePassword(commandContext(request), request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/me/workspaces',
    {
      config: { access: { permission: 'workspace.switch' } },
      schema: {
        tags,
        summary: 'This workspace and those where I have a linked staff account',
        response: { 200: z.object({ items: z.array(PublicWorkspaceSchema.extend({ role: RoleSchema })) }) },
      },
    },
    async (request) => {
      const actor = requireUser(request.actor);
      return { items: await listMyWorkspaces(app.platform.db, actor.workspaceId, actor.userId) };
    },
  );

  app.post(
    '/me/switch-workspace',
    {
      config: { access: { permission: 'workspace.switch' } },
      schema: {
        tags,
        summary: 'Continue in another workspace with my linked staff account there',
        body: z.object({ workspaceId: z.uuid() }),
        response: { 200: MeSchema },
      },
    },
    async (request, reply) => {
      const session = await switchWorkspace(commandContext(request), request.body.workspaceId);
      setSessionCookie(reply, app.platform.config, session.workspaceId, session.token);
      return getMe(app.platform.db, session.workspaceId, session.userId);
    },
  );

  app.post(
    '/me/linked-accounts',
    {
      config: { access: { permission: 'workspace.switch' } },
      onRequest: authBudget(app),
      schema: {
        tags,
        summary: "Link my staff account in another workspace by signing in to it (that account's email and password)",
        body: LinkAccountSchema,
        response: { 201: z.object({ workspace: z.object({ id: z.uuid(), name: z.string() }) }) },
      },
    },
    async (request, reply) => {
      const linked = await linkAccount(commandContext(request), request.body);
      return reply.status(201).send({ workspace: { id: linked.workspaceId, name: linked.name } });
    },
  );
};
