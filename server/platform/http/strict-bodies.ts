import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { $ZodType } from 'zod/v4/core';

/* eslint-disable @typescript-eslint/no-explicit-any -- zod's definitions are walked generically */
type Def = Record<string, any> & { type: string };

const strictened = new WeakMap<$ZodType, $ZodType>();

const withDef = (schema: $ZodType, def: Def): $ZodType => new (schema._zod.constr as new (d: Def) => $ZodType)(def);

/**
 * The same schema with every object in it strict: a key the object does not declare is an
 * `unrecognized_keys` issue instead of being dropped without a word. Objects that take any key
 * (`z.looseObject`, a `catchall`) and records keep doing so; both sides of an intersection are
 * left as they are, since each side alone declares only half of the keys. Refinements, defaults
 * and transforms are kept (each part is rebuilt from its own definition).
 */
export function strictDeep<T extends $ZodType>(schema: T): T {
  const known = strictened.get(schema);
  if (known) return known as T;
  const def = schema._zod.def as Def;
  const deep = (s: $ZodType) => strictDeep(s);
  let out: $ZodType = schema;
  switch (def.type) {
    case 'object': {
      const shape = Object.fromEntries(
        Object.entries(def.shape as Record<string, $ZodType>).map(([k, v]) => [k, deep(v)]),
      );
      out = withDef(schema, { ...def, shape, catchall: def.catchall ?? z.never() });
      break;
    }
    case 'array':
      out = withDef(schema, { ...def, element: deep(def.element) });
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      out = withDef(schema, { ...def, innerType: deep(def.innerType) });
      break;
    case 'union':
      out = withDef(schema, { ...def, options: (def.options as $ZodType[]).map(deep) });
      break;
    case 'record':
      out = withDef(schema, { ...def, valueType: deep(def.valueType) });
      break;
    case 'tuple':
      out = withDef(schema, { ...def, items: (def.items as $ZodType[]).map(deep), rest: def.rest && deep(def.rest) });
      break;
    case 'pipe':
      // `z.preprocess(fn, s)` pipes a transform into s; `s.transform(fn)` pipes s into one.
      out =
        (def.in as $ZodType)._zod.def.type === 'transform'
          ? withDef(schema, { ...def, out: deep(def.out) })
          : withDef(schema, { ...def, in: deep(def.in) });
      break;
    case 'lazy': {
      const getter = def.getter as () => $ZodType;
      out = z.lazy(() => deep(getter()));
      break;
    }
  }
  strictened.set(schema, out);
  return out as T;
}

/**
 * fastify-type-provider-zod's validator, with request bodies checked strictly (strictDeep): a
 * misspelt field (`{"priorty": "low"}`) is a 400 naming it rather than a 200 that changed nothing.
 * Query strings, path parameters and headers keep taking keys they do not name (caches and
 * browsers add their own).
 */
export const strictBodyValidatorCompiler: FastifySchemaCompiler<$ZodType> = (route) =>
  validatorCompiler(
    route.httpPart === 'body' && route.schema instanceof $ZodType
      ? { ...route, schema: strictDeep(route.schema) }
      : route,
  );
