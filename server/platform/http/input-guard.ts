import type { FastifyInstance } from 'fastify';
import { AppError, type FieldProblem } from '../errors.js';

/**
 * PostgreSQL cannot store a NUL character in text, nor a lone UTF-16 surrogate (it is not
 * UTF-8), and refuses the whole statement: a 500 for what is really bad input. With `u`, `\p{Cs}`
 * matches only surrogates that are not part of a pair.
 */
const UNSTORABLE = /[\0\p{Cs}]/u;
const UNSTORABLE_MESSAGE = 'must not contain NUL characters or unpaired surrogates';

/** Deeper than any form Cocreate takes; a body nested deeper is an attack on parsers and jsonb. */
export const MAX_INPUT_DEPTH = 32;
const MAX_PROBLEMS = 20;

/** True when PostgreSQL could store the string as text. */
export function isStorableText(value: string): boolean {
  return !UNSTORABLE.test(value);
}

/** A key as it appears in a field name: escaped, so the name itself never carries a NUL. */
const keyName = (key: string) => (isStorableText(key) ? key : JSON.stringify(key).slice(1, -1));

/**
 * Walks a parsed input (iteratively, so depth cannot overflow the stack) and names every string
 * or key that PostgreSQL could not store, and any value nested deeper than MAX_INPUT_DEPTH.
 */
export function findUnstorableInput(value: unknown, root: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 0 }];
  while (stack.length > 0 && problems.length < MAX_PROBLEMS) {
    const { value: v, field, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isStorableText(v)) problems.push({ field, message: UNSTORABLE_MESSAGE });
      continue;
    }
    // Only what a parser made of text: arrays and plain objects (never a Buffer's bytes).
    if (!Array.isArray(v) && !isPlainObject(v)) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      problems.push({ field, message: `is nested deeper than ${MAX_INPUT_DEPTH} levels` });
      continue;
    }
    const entries = Array.isArray(v) ? v.map((item, i) => [String(i), item] as const) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, item] = entries[i]!;
      const name = `${field}.${keyName(key)}`;
      if (!isStorableText(key)) problems.push({ field: name, message: `has a name that ${UNSTORABLE_MESSAGE}` });
      stack.push({ value: item, field: name, depth: depth + 1 });
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}

/** A plain dictionary, as JSON and query-string parsers make (some with a prototype of their own that has none). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}

function refuse(problems: FieldProblem[]): AppError {
  const detail = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new AppError('validation_failed', 400, detail, { errors: problems });
}

/**
 * One rule for every route: headers are checked as the request arrives (hooks read them before
 * validation, e.g. the workspace header), params, query and body before the route's own
 * validation. Registered first, so that it covers every route of every plugin.
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const problems = Object.entries(request.headers).flatMap(([name, value]) =>
      [value].flat().some((v) => typeof v === 'string' && !isStorableText(v))
        ? [{ field: `headers.${name}`, message: UNSTORABLE_MESSAGE }]
        : [],
    );
    if (problems.length > 0) throw refuse(problems);
  });
  app.addHook('preValidation', async (request) => {
    const problems = [
      ...findUnstorableInput(request.params, 'params'),
      ...findUnstorableInput(request.query, 'query'),
      ...findUnstorableInput(request.body, 'body'),
    ];
    if (problems.length > 0) throw refuse(problems.slice(0, MAX_PROBLEMS));
  });
}
