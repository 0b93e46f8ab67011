import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { declarePublic } from './access.js';
import { hotReadDocs } from './hot-reads.js';
import { finishDocument, type OpenApiDocument } from './openapi/document.js';
import type { ApiReference } from './openapi/reference.js';
import type { RouteCatalogue } from './openapi/route-facts.js';

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type JsonObject = Record<string, unknown>;

/** The zod transform, plus ETag, If-None-Match and 304 on the routes that answer through sendHotRead. */
function transform(input: TransformInput) {
  const out = jsonSchemaTransform(input);
  const route = (input as { route?: { config?: { hotRead?: boolean } } }).route;
  if (!route?.config?.hotRead || !out.schema) return out;
  const schema = out.schema as JsonObject & { response?: Record<string, JsonObject>; headers?: JsonObject };
  const headers = (schema.headers ?? { type: 'object', properties: {} }) as JsonObject & { properties?: JsonObject };
  schema.headers = { ...headers, properties: { ...headers.properties, 'if-none-match': hotReadDocs.ifNoneMatch } };
  const ok = schema.response?.['200'];
  if (ok)
    schema.response = {
      ...schema.response,
      200: { ...ok, headers: hotReadDocs.headers },
      304: hotReadDocs.notModified,
    };
  return out;
}

/**
 * The OpenAPI 3.1 document is generated from the routes' zod schemas, so it cannot drift from
 * what the server validates. Served at /api/v1/openapi.json, readable at /api/docs.
 */
export async function registerOpenApi(
  app: FastifyInstance,
  version: string,
  { routes, reference }: { routes: RouteCatalogue; reference: ApiReference },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Cocreate API',
        version,
        license: { name: 'AGPL-3.0-only', identifier: 'AGPL-3.0-only' },
        contact: { name: 'Cocreate', url: 'https://cocreate.dev' },
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
    transform,
    transformObject: (input) =>
      finishDocument(jsonSchemaTransformObject(input) as OpenApiDocument, routes, reference) as ReturnType<
        typeof jsonSchemaTransformObject
      >,
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
