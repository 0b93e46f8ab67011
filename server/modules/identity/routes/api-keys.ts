import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiKey, revokeApiKey } from '../commands/manage-api-keys.js';
import { commandContext } from '../context.js';
import { requireWorkspace } from '../policies.js';
import { presentApiKey } from '../presenters.js';
import { listApiKeys } from '../queries.js';
import { ApiKeySchema, CreateApiKeySchema, CreatedApiKeySchema, IdParams } from '../schemas.js';

const tags = ['API keys'];
const manage = { access: { permission: 'api_keys.manage' } } as const;

export const apiKeyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api-keys',
    {
      config: manage,
      schema: {
        tags,
        summary: 'API keys (never the keys themselves)',
        response: { 200: z.object({ items: z.array(ApiKeySchema) }) },
      },
    },
    async (request) => ({ items: await listApiKeys(app.platform.db, requireWorkspace(request.actor)) }),
  );

  app.post(
    '/api-keys',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create an API key; the key is in this response only',
        body: CreateApiKeySchema,
        response: { 201: CreatedApiKeySchema },
      },
    },
    async (request, reply) => {
      const { row, key } = await createApiKey(commandContext(request), request.body);
      return reply.status(201).send({ ...presentApiKey(row), key });
    },
  );

  app.delete(
    '/api-keys/:id',
    {
      config: manage,
      schema: { tags, summary: 'Revoke an API key', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await revokeApiKey(commandContext(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
