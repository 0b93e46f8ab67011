// The part of JSON Schema (as the OpenAPI document emits it from the zod schemas) the attack
// suite reads, and small helpers to find and replace fields inside a request body.

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
}

/** Where a value sits inside a body: property names and array indexes. */
export type FieldPath = (string | number)[];

export interface Field {
  path: FieldPath;
  schema: JsonSchema;
  /** Whether its parent object requires it (arrays' first items count as required). */
  required: boolean;
}

const jsonType = (v: unknown): string =>
  v === null
    ? 'null'
    : Array.isArray(v)
      ? 'array'
      : typeof v === 'number'
        ? Number.isInteger(v)
          ? 'integer'
          : 'number'
        : typeof v;

/** The JSON types a schema accepts; empty when it accepts anything. */
export function typesOf(schema: JsonSchema): Set<string> {
  const types = new Set<string>();
  if (schema.const !== undefined) types.add(jsonType(schema.const));
  for (const v of schema.enum ?? []) types.add(jsonType(v));
  for (const t of [schema.type ?? []].flat()) types.add(t);
  for (const branch of [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) {
    const inner = typesOf(branch);
    if (inner.size === 0) return new Set();
    for (const t of inner) types.add(t);
  }
  if (types.has('number')) types.add('integer');
  return types;
}

/** The object branch of a schema (itself, or the one object branch of a nullable union). */
export function objectBranch(schema: JsonSchema): JsonSchema | undefined {
  if (schema.properties) return schema;
  const objects = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((b) => b.properties);
  return objects.length === 1 ? objects[0] : undefined;
}

/** The array branch of a schema, likewise. */
export function arrayBranch(schema: JsonSchema): JsonSchema | undefined {
  if (schema.items) return schema;
  const arrays = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].filter((b) => b.items);
  return arrays.length === 1 ? arrays[0] : undefined;
}

/** Every field reachable through objects and first array items, breadth first, at most `limit`. */
export function fieldsOf(schema: JsonSchema, limit = 60): Field[] {
  const out: Field[] = [];
  const queue: Field[] = [{ path: [], schema, required: true }];
  while (queue.length > 0 && out.length < limit) {
    const field = queue.shift()!;
    if (field.path.length > 0) out.push(field);
    if (field.path.length >= 4) continue;
    const object = objectBranch(field.schema);
    for (const [name, child] of Object.entries(object?.properties ?? {})) {
      queue.push({ path: [...field.path, name], schema: child, required: object!.required?.includes(name) ?? false });
    }
    const array = arrayBranch(field.schema);
    if (array?.items) queue.push({ path: [...field.path, 0], schema: array.items, required: true });
  }
  return out;
}

/** A deep copy of `body` with `value` at `path`, making the containers on the way. */
export function withValueAt(body: unknown, path: FieldPath, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (typeof head === 'number') {
    const array = Array.isArray(body) ? [...body] : [];
    array[head] = withValueAt(array[head], rest, value);
    return array;
  }
  const object =
    body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : {};
  object[head!] = withValueAt(object[head!], rest, value);
  return object;
}

/** A deep copy of `body` without the key at `path`. */
export function withoutKeyAt(body: unknown, path: FieldPath): unknown {
  const parent = path.slice(0, -1);
  const key = path[path.length - 1]!;
  let container: unknown = body;
  for (const step of parent) container = (container as Record<string | number, unknown> | undefined)?.[step];
  if (!container || typeof container !== 'object' || Array.isArray(container)) return body;
  const copy = { ...(container as Record<string, unknown>) };
  delete copy[String(key)];
  return withValueAt(body, parent, copy);
}

/** How the API names a field in a validation error: `body.questions.0.title`. */
export const fieldName = (where: string, path: FieldPath) => [where, ...path].join('.');
