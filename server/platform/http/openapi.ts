import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { declarePublic } from './access.js';

/**
 * The OpenAPI 3.1 document is generated from the routes' zod schemas, so it cannot drift from
 * what the server validates. Served at /api/v1/openapi.json, readable at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cocreate API',
        version,
        description:
          'REST API of Cocreate. Errors are RFC 9457 problem+json with a stable `code`. ' +
          'Lists are cursor-paginated: pass `nextCursor` back as `cursor`.',
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cocreate_session' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'An API key created in the console' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(async (docs) => {
    declarePublic(docs);
    await docs.register(swaggerUi, {
      routePrefix: '/api/docs',
      staticCSP: true,
      uiConfig: { docExpansion: 'list', deepLinking: true },
    });
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
}
