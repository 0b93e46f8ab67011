// The API's operations as the OpenAPI document describes them, and the checks every answer to
// an attack must pass.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { JsonSchema } from './json-schema.js';

export interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as Fastify spells it: /api/v1/ideas/:id/vote */
  url: string;
  params: Parameter[];
  query: Parameter[];
  /** The JSON body's schema, if the operation takes one. */
  body?: JsonSchema;
}

interface OpenApiOperation {
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
}

/** Every operation of the served OpenAPI document. */
export async function loadOperations(app: FastifyInstance): Promise<Operation[]> {
  const res = await app.inject({ url: '/api/v1/openapi.json' });
  const paths = res.json().paths as Record<string, Record<string, OpenApiOperation>>;
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const parameters = (op.parameters ?? []).map((p) => ({
        name: p.name,
        in: p.in as 'path' | 'query',
        required: p.required ?? false,
        schema: p.schema,
      }));
      out.push({
        method: method.toUpperCase() as Operation['method'],
        url: path.replace(/\{([A-Za-z]+)\}/g, ':$1'),
        params: parameters.filter((p) => p.in === 'path'),
        query: parameters.filter((p) => p.in === 'query'),
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return out;
}

export const isWrite = (op: Operation) => op.method !== 'GET';

/** The route's path with its parameters filled (values are put in as given: encode them yourself). */
export const fillPath = (url: string, values: (name: string) => string) =>
  url.replace(/:([A-Za-z]+)/g, (_, name: string) => values(name));

/**
 * What is wrong with an answer, whatever was sent: a 5xx, a 4xx that is not problem+json with a
 * `code`, or a validation error that does not say which field.
 */
export function answerFaults(res: LightMyRequestResponse): string[] {
  const faults: string[] = [];
  if (res.statusCode >= 500) faults.push(`server error ${res.statusCode}`);
  if (res.statusCode < 400) return faults;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json'))
    return [...faults, `${res.statusCode} as "${type}", not problem+json`];
  let problem: { code?: unknown; status?: unknown; errors?: { field?: unknown }[] };
  try {
    problem = res.json();
  } catch {
    return [...faults, 'problem+json that is not JSON'];
  }
  if (typeof problem.code !== 'string' || !problem.code) faults.push('problem without a code');
  if (problem.status !== res.statusCode) faults.push(`problem status ${String(problem.status)} on a ${res.statusCode}`);
  if (problem.code === 'validation_failed') {
    const fields = (problem.errors ?? []).map((e) => e.field);
    if (fields.length === 0 || fields.some((f) => typeof f !== 'string' || !f))
      faults.push('validation error without errors[].field');
  }
  return faults;
}

/** The fields a validation error names (empty for any other answer). */
export function namedFields(res: LightMyRequestResponse): string[] {
  if (res.statusCode !== 400) return [];
  try {
    const problem = res.json() as { code?: string; errors?: { field: string }[] };
    return problem.code === 'validation_failed' ? (problem.errors ?? []).map((e) => e.field) : [];
  } catch {
    return [];
  }
}

/** A short, readable picture of what was sent, for failure messages. */
export function describeSent(payload: unknown, limit = 300): string {
  const text =
    typeof payload === 'string'
      ? payload
      : JSON.stringify(payload, (_k, v: unknown) =>
          typeof v === 'string' && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v,
        );
  if (text === undefined) return '(no body)';
  return text.length > limit ? `${text.slice(0, limit)}…(${text.length} chars)` : text;
}
