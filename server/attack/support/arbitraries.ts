// fast-check arbitraries derived from an operation's JSON schema: values it should accept, and
// hostile ones (wrong types, out of range, NUL and lone surrogates, deep trees) put anywhere in it.
import fc from 'fast-check';
import { typesOf, type JsonSchema } from './json-schema.js';

const text = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'abcdefxyz 0123洗衣机想法维修'.split('')), minLength: min, maxLength: max });

/** Strings that break naive code: NUL, lone surrogates of both halves, and both mixed into text. */
export const HOSTILE_STRINGS = ['a\u0000b', '\u0000', '\uD800', 'x\uDFFFy', '想法\uD800\u0000'] as const;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function stringValue(schema: JsonSchema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = Math.min(schema.maxLength ?? min + 24, min + 24);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 7 });
    case 'email':
      return fc
        .tuple(text(1, 8), fc.constantFrom('example.com', 'brand.example'))
        .map(([user, host]) => `${user.replace(/[^a-z0-9]/g, '') || 'x'}@${host}`);
    case 'date-time':
      return fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
      return fc.webUrl({ validSchemes: ['https'] });
  }
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot invert: plain text is still worth sending.
    }
  }
  return text(min, max);
}

function numberValue(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const lo = clamp(
    schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + (integer ? 1 : 1e-6) : (schema.minimum ?? -1000),
    -1e6,
    1e6,
  );
  const hi = clamp(
    schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - (integer ? 1 : 1e-6) : (schema.maximum ?? 1000),
    lo,
    1e6,
  );
  return integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** Values the schema accepts (as far as JSON Schema can say; zod refinements may still refuse some). */
export function validValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])];
  if (branches.length > 0) return fc.oneof(...branches.map(validValue));
  const types = [schema.type ?? []].flat();
  if (types.length > 1) return fc.oneof(...types.map((type) => validValue({ ...schema, type })));
  switch (types[0]) {
    case 'string':
      return stringValue(schema);
    case 'integer':
      return numberValue(schema, true);
    case 'number':
      return numberValue(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const min = schema.minItems ?? 0;
      return fc.array(validValue(schema.items ?? {}), {
        minLength: min,
        maxLength: Math.min(schema.maxItems ?? min + 3, min + 3),
      });
    }
    case 'object':
      return objectValue(schema, validValue);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function objectValue(
  schema: JsonSchema,
  child: (s: JsonSchema) => fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const properties = schema.properties ?? {};
  const record = fc.record(Object.fromEntries(Object.entries(properties).map(([k, s]) => [k, child(s)])), {
    requiredKeys: (schema.required ?? []).filter((k) => k in properties),
  });
  if (typeof schema.additionalProperties !== 'object') return record;
  const keys = schema.propertyNames ? (stringValue(schema.propertyNames) as fc.Arbitrary<string>) : text(1, 12);
  return fc
    .tuple(record, fc.dictionary(keys, child(schema.additionalProperties), { maxKeys: 3 }))
    .map(([r, extra]) => ({ ...extra, ...r }));
}

const SAMPLE_OF_TYPE: Record<string, unknown> = {
  string: 'not-what-you-expect',
  integer: 7,
  number: 1.5,
  boolean: true,
  null: null,
  array: ['x', 1],
  object: { unexpected: true },
};

/** JSON values of a type the schema does not accept (none when it accepts anything). */
export function wrongTypeValues(schema: JsonSchema): unknown[] {
  const accepted = typesOf(schema);
  if (accepted.size === 0) return [];
  return Object.entries(SAMPLE_OF_TYPE)
    .filter(([type]) => !accepted.has(type))
    .map(([, v]) => v);
}

/** Values of the right type that break the schema's limits or format. */
export function outOfRangeValues(schema: JsonSchema): unknown[] {
  const out: unknown[] = [];
  const types = typesOf(schema);
  if (schema.maxLength !== undefined) out.push('x'.repeat(schema.maxLength + 1));
  if (schema.minLength) out.push('x'.repeat(schema.minLength - 1));
  if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) out.push(schema.maximum + 1);
  if (schema.minimum !== undefined && schema.minimum > Number.MIN_SAFE_INTEGER) out.push(schema.minimum - 1);
  if (schema.exclusiveMinimum !== undefined) out.push(schema.exclusiveMinimum);
  if (schema.format === 'uuid')
    out.push('not-a-uuid', '01900000-0000-7000-8000-00000000dead'.toUpperCase().replace('D', 'G'));
  if (schema.format === 'email') out.push('no-at-sign');
  if (schema.format === 'date-time' || schema.format === 'date') out.push('2026-13-45T25:61:00Z');
  if (schema.enum?.every((v) => typeof v === 'string')) out.push('not_a_choice');
  if (types.has('integer') && !types.has('number') && !schema.enum) out.push(2.5, 2 ** 53 + 2);
  if (schema.maxItems !== undefined) {
    const item = sampleOne(validValue(schema.items ?? {}), 1);
    out.push(Array.from({ length: schema.maxItems + 1 }, () => item));
  }
  return out;
}

/** Hostile strings carried by a field of this schema (only where it takes strings). */
export function hostileStringValues(schema: JsonSchema): string[] {
  return typesOf(schema).has('string') || typesOf(schema).size === 0 ? [...HOSTILE_STRINGS] : [];
}

/** Any JSON a hostile client could send: trees of odd leaves, built recursively with fc.letrec. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ tree: unknown }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(
      fc.constantFrom<unknown>(
        ...HOSTILE_STRINGS,
        '',
        ' ',
        '__proto__',
        'null',
        '0',
        -0,
        2 ** 53 + 2,
        1e308,
        -1e308,
        0.1,
        true,
        false,
        null,
      ),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.integer(),
    ),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('tree'), { maxKeys: 4 }),
  ),
})).tree;

/** Something that breaks the schema at this node. */
export function hostileValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const specific = [...wrongTypeValues(schema), ...outOfRangeValues(schema), ...hostileStringValues(schema)];
  return specific.length > 0
    ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...specific) }, { weight: 1, arbitrary: hostileJson })
    : hostileJson;
}

/**
 * A body shaped like the schema with hostile values anywhere in it: each node is either built
 * from its schema (recursing) or replaced by a hostile value; objects also lose required keys
 * and gain unknown ones.
 */
export function fuzzedValue(schema: JsonSchema): fc.Arbitrary<unknown> {
  const types = [schema.type ?? []].flat();
  let structured: fc.Arbitrary<unknown>;
  if (types.includes('object') || schema.properties) {
    structured = fc
      .tuple(
        objectValue(schema, fuzzedValue),
        fc.option(fc.constantFrom(...(schema.required?.length ? schema.required : ['-'])), { freq: 4 }),
        fc.option(
          fc.dictionary(fc.constantFrom('extra', 'isAdmin', 'workspaceId', 'role', 'id', '$where'), hostileJson, {
            maxKeys: 2,
          }),
          { freq: 3 },
        ),
      )
      .map(([object, dropped, extra]) => {
        const out: Record<string, unknown> = { ...(extra ?? {}), ...object };
        if (dropped) delete out[dropped];
        return out;
      });
  } else if (types.includes('array') && schema.items) {
    structured = fc.array(fuzzedValue(schema.items), { maxLength: Math.min((schema.maxItems ?? 3) + 1, 5) });
  } else {
    structured = validValue(schema);
  }
  return fc.oneof({ weight: 4, arbitrary: structured }, { weight: 1, arbitrary: hostileValue(schema) });
}

/** One deterministic value of an arbitrary for a given seed. */
export const sampleOne = <T>(arb: fc.Arbitrary<T>, seed: number): T => fc.sample(arb, { seed, numRuns: 1 })[0]!;

/** A stable 32-bit seed from a name, so adding a route does not reshuffle the others' cases. */
export function seedOf(name: string, base = 20260517): number {
  let h = base | 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return h >>> 0;
}
