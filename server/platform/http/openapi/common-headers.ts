import type { OpenApiDocument, OperationEntry } from './document.js';

const RATE_LIMIT_HEADERS = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
  'X-RateLimit-Reset': { $ref: '#/components/headers/RateLimitReset' },
};

const components = {
  parameters: {
    Workspace: {
      name: 'X-Cocreate-Workspace',
      in: 'header',
      required: false,
      description:
        'The workspace an anonymous request is about, by slug or id (default: the first workspace). With a ' +
        'session or API key the request is about its workspace, and naming another is `403 workspace_mismatch`; ' +
        'naming none that exists is `404 workspace_not_found`.',
      schema: { type: 'string', maxLength: 80 },
    },
  },
  headers: {
    RateLimitLimit: {
      description: 'How many requests this client address may make in the window (a minute).',
      schema: { type: 'integer' },
    },
    RateLimitRemaining: { description: 'How many of them are left.', schema: { type: 'integer' } },
    RateLimitReset: { description: 'Seconds until the window starts afresh.', schema: { type: 'integer' } },
    RetryAfter: { description: 'Seconds to wait before trying again.', schema: { type: 'integer' } },
  },
};

/**
 * What every operation shares: the `X-Cocreate-Workspace` header parameter, and the rate-limit
 * headers @fastify/rate-limit sends on every API answer (`Retry-After` too on a 429).
 */
export function describeCommonHeaders(document: OpenApiDocument, entries: OperationEntry[]): void {
  document.components.parameters = { ...document.components.parameters, ...components.parameters };
  document.components.headers = { ...document.components.headers, ...components.headers };
  for (const answer of Object.values<Record<string, unknown>>(document.components.responses ?? {})) {
    answer.headers = {
      ...(answer.headers as object | undefined),
      ...RATE_LIMIT_HEADERS,
      ...('Retry-After' in ((answer.headers as object | undefined) ?? {})
        ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } }
        : {}),
    };
  }
  for (const { operation } of entries) {
    operation.parameters = [...(operation.parameters ?? []), { $ref: '#/components/parameters/Workspace' }];
    for (const answer of Object.values<Record<string, unknown>>(operation.responses ?? {})) {
      if (answer.$ref) continue;
      answer.headers = { ...(answer.headers as object | undefined), ...RATE_LIMIT_HEADERS };
    }
  }
}
