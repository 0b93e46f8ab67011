import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createWorkspace } from '../commands/create-workspace.js';
import { rotateIdentifySecret, setIdentifyPublicKey, updateWorkspace } from '../commands/update-workspace.js';
import { commandContext } from '../context.js';
import { requireWorkspace } from '../policies.js';
import { presentIdentifySettings, presentWorkspace } from '../presenters.js';
import { getWorkspaceRow } from '../queries.js';
import {
  CreateWorkspaceSchema,
  IdentifyKeySchema,
  IdentifySettingsSchema,
  WorkspaceSchema,
  WorkspaceSettingsSchema,
} from '../schemas.js';

const tags = ['Workspace'];
const manage = { access: { permission: 'workspace.manage' } } as const;

export const workspaceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workspace',
    {
      config: { access: { permission: 'console.access' } },
      schema: { tags, summary: "The current workspace's settings", response: { 200: WorkspaceSchema } },
    },
    async (request) => presentWorkspace(await getWorkspaceRow(app.platform.db, requireWorkspace(request.actor))),
  );

  app.patch(
    '/workspace',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change name, address, logo, language, time zone or business hours',
        body: WorkspaceSettingsSchema,
        response: { 200: WorkspaceSchema },
      },
    },
    async (request) => presentWorkspace(await updateWorkspace(commandContext(request), request.body)),
  );

  app.post(
    '/workspaces',
    {
      config: { access: { permission: 'workspace.create' } },
      schema: {
        tags,
        summary: 'Create another workspace (owners only); you become its owner',
        body: CreateWorkspaceSchema,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send({ id: (await createWorkspace(commandContext(request), request.body)).workspaceId }),
  );

  app.get(
    '/workspace/identify',
    {
      config: manage,
      schema: {
        tags,
        summary: "The secret (HS256) and public key (RS256) for signing customers' identity tokens",
        response: { 200: IdentifySettingsSchema },
      },
    },
    async (request) => presentIdentifySettings(await getWorkspaceRow(app.platform.db, requireWorkspace(request.actor))),
  );

  app.post(
    '/workspace/identify/rotate-secret',
    {
      config: manage,
      schema: { tags, summary: 'Replace the HS256 secret', response: { 200: IdentifySettingsSchema } },
    },
    async (request) => presentIdentifySettings(await rotateIdentifySecret(commandContext(request))),
  );

  app.put(
    '/workspace/identify/public-key',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set or clear the RS256 public key (PEM)',
        body: IdentifyKeySchema,
        response: { 200: IdentifySettingsSchema },
      },
    },
    async (request) =>
      presentIdentifySettings(await setIdentifyPublicKey(commandContext(request), request.body.publicKey)),
  );
};
