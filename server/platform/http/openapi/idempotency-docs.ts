import type { OpenApiDocument, OperationEntry } from './document.js';

const PARAMETER = { $ref: '#/components/parameters/IdempotencyKey' };

const components = {
  parameters: {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Makes a retry safe: the first request with a key (per workspace and caller: a signed-in person or an API ' +
        'key; anonymous requests run as if they sent none) runs, and for 24 hours every ' +
        'retry with the same method, path, query and body gets its answer again, with `Idempotent-Replayed: true`. ' +
        'The same key with another request is `422 idempotency_key_reused`; a retry while the first still runs ' +
        'waits for it, or gets `409 idempotency_request_in_progress`. Use a new random key (a UUID) per operation.',
      schema: { type: 'string', minLength: 1, maxLength: 255, pattern: '^[\\x21-\\x7e]+$' },
    },
  },
  headers: {
    IdempotentReplayed: {
      description: '`true` when this is the kept answer of an earlier request with the same `Idempotency-Key`.',
      schema: { type: 'string', enum: ['true'] },
    },
  },
};

/** Whether an operation takes an Idempotency-Key: every POST but the multipart uploads. */
export const takesIdempotencyKey = ({ method, path }: { method: string; path: string }, uploads: readonly string[]) =>
  method === 'post' && !uploads.includes(`POST ${path.replace(/^\/api\/v1/, '')}`);

/** Documents the header on every POST that takes it, and the replay marker on its success answers. */
export function describeIdempotency(document: OpenApiDocument, entries: OperationEntry[]): void {
  document.components.parameters = { ...document.components.parameters, ...components.parameters };
  document.components.headers = { ...document.components.headers, ...components.headers };
  for (const entry of entries) {
    if (!entry.idempotent) continue;
    const { operation } = entry;
    operation.parameters = [...(operation.parameters ?? []), PARAMETER];
    for (const [status, answer] of Object.entries<Record<string, unknown>>(operation.responses ?? {})) {
      if (!/^2\d\d$/.test(status) || answer.$ref) continue;
      answer.headers = {
        ...(answer.headers as object | undefined),
        'Idempotent-Replayed': { $ref: '#/components/headers/IdempotentReplayed' },
      };
    }
  }
}
