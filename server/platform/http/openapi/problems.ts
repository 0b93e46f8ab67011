import { errorCatalogue } from '../error-codes.js';
import type { OpenApiDocument, OperationEntry } from './document.js';

const PROBLEM_JSON = 'application/problem+json';

/** The reusable error answers, by status: `#/components/responses/<name>`. */
const ANSWERS: Record<number, { name: string; title: string }> = {
  400: { name: 'BadRequest', title: 'The request is malformed or a field is not valid.' },
  401: { name: 'Unauthorized', title: 'No valid credentials: sign in, or send a valid API key.' },
  403: { name: 'Forbidden', title: 'The caller may not do this.' },
  404: { name: 'NotFound', title: 'Nothing here, or nothing the caller may see.' },
  409: { name: 'Conflict', title: 'The request conflicts with the current state of the resource.' },
  413: { name: 'ContentTooLarge', title: 'The body is too large.' },
  415: { name: 'UnsupportedMediaType', title: 'The body is not in a content type the operation accepts.' },
  422: { name: 'UnprocessableContent', title: 'The request is well-formed but cannot be processed as sent.' },
  429: { name: 'TooManyRequests', title: 'Too many requests: wait as `Retry-After` says.' },
};

const WRITES = new Set(['post', 'put', 'patch', 'delete']);

/**
 * The error answers an operation can give, from who may call it and its method: every
 * operation may be malformed (400), name nothing (404, also for a workspace header naming none)
 * or be rate limited (429); one that needs a caller may lack one (401) or the permission (403);
 * a write may fail the CSRF check (403) or conflict with the state (409); a POST may reuse an
 * Idempotency-Key (422); a body may be too large (413) or of the wrong type (415).
 */
export function errorStatusesOf({ method, operation, route, idempotent }: OperationEntry): number[] {
  const statuses = new Set([400, 404, 429]);
  if (route?.access !== 'public') {
    statuses.add(401);
    statuses.add(403);
  }
  if (WRITES.has(method)) {
    statuses.add(403);
    statuses.add(409);
  }
  if (idempotent) {
    statuses.add(409);
    statuses.add(422);
  }
  if (operation.requestBody) {
    statuses.add(413);
    statuses.add(415);
  }
  return [...statuses].sort((a, b) => a - b);
}

/** The `Problem` schema, with `code` as the enum of every catalogued code. */
function problemSchemas(): Record<string, unknown> {
  const codes = errorCatalogue();
  return {
    Problem: {
      type: 'object',
      description:
        'RFC 9457 problem details. Switch on `code`, which is stable; `detail` is for people. docs/api.md lists every code.',
      required: ['type', 'title', 'status', 'detail', 'code', 'requestId'],
      properties: {
        type: {
          type: 'string',
          format: 'uri',
          description: 'A URI naming the kind of problem: https://cocreate.dev/problems/<code>.',
        },
        title: { type: 'string', description: "The status code's reason phrase." },
        status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status code.' },
        detail: { type: 'string', description: 'What went wrong, for people.' },
        instance: { type: 'string', format: 'uri-reference', description: 'The path and query of the request.' },
        code: {
          type: 'string',
          enum: codes.map((c) => c.code),
          'x-enumDescriptions': Object.fromEntries(codes.map((c) => [c.code, c.meaning])),
          description: 'The stable code: what clients switch on.',
        },
        requestId: { type: 'string', description: 'The `X-Request-Id` of the request: quote it when asking for help.' },
        errors: {
          type: 'array',
          description: 'For `validation_failed`: each field that was refused.',
          items: { $ref: '#/components/schemas/FieldProblem' },
        },
        retryAfter: {
          type: 'string',
          format: 'date-time',
          description: 'For `sign_in_locked`: when this client address may try again.',
        },
      },
    },
    FieldProblem: {
      type: 'object',
      required: ['field', 'message'],
      properties: {
        field: {
          type: 'string',
          description: 'Where the value was: `body.<field>`, `query.<name>`, `params.<name>` or `headers.<name>`.',
          examples: ['body.title', 'query.limit'],
        },
        message: { type: 'string' },
      },
    },
  };
}

function errorAnswers(): Record<string, unknown> {
  const codes = errorCatalogue();
  return Object.fromEntries(
    Object.entries(ANSWERS).map(([status, { name, title }]) => {
      const sent = codes.filter((c) => c.statuses.includes(Number(status))).map((c) => `\`${c.code}\``);
      return [
        name,
        {
          description: `${title} Codes: ${sent.join(', ')}.`,
          ...(status === '429'
            ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } }
            : {}),
          content: { [PROBLEM_JSON]: { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      ];
    }),
  );
}

/** Adds the Problem schema and the error answers, and lists on each operation those it can give. */
export function describeProblems(document: OpenApiDocument, entries: OperationEntry[]): void {
  document.components ??= {};
  document.components.schemas = { ...document.components.schemas, ...problemSchemas() };
  document.components.responses = { ...document.components.responses, ...errorAnswers() };
  for (const entry of entries) {
    const responses: Record<string, unknown> = { ...entry.operation.responses };
    for (const status of errorStatusesOf(entry)) {
      responses[status] ??= { $ref: `#/components/responses/${ANSWERS[status]!.name}` };
    }
    entry.operation.responses = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}
