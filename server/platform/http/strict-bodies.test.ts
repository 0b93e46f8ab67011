import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { strictDeep } from './strict-bodies.js';

const issues = (schema: z.ZodType, value: unknown) =>
  schema
    .safeParse(value)
    .error?.issues.map((i) => ({ code: i.code, path: i.path.join('.'), keys: 'keys' in i ? i.keys : undefined })) ?? [];

describe('strict request bodies', () => {
  it('refuse an unknown key at any depth, in objects, arrays, unions, optionals and defaults', () => {
    const Schema = z.object({
      title: z.string(),
      offers: z.array(z.object({ remedy: z.string() })).optional(),
      slot: z.object({ at: z.string() }).nullable().default(null),
      target: z.union([z.object({ kind: z.literal('a'), x: z.number() }), z.object({ kind: z.literal('b') })]),
    });
    const strict = strictDeep(Schema);
    expect(issues(strict, { title: 't', target: { kind: 'b' } })).toEqual([]);
    expect(issues(strict, { title: 't', priorty: 'low', target: { kind: 'b' } })).toEqual([
      { code: 'unrecognized_keys', path: '', keys: ['priorty'] },
    ]);
    expect(
      issues(strict, {
        title: 't',
        offers: [{ remedy: 'r', extra: 1 }],
        slot: { at: 'x', y: 2 },
        target: { kind: 'b' },
      }),
    ).toEqual([
      { code: 'unrecognized_keys', path: 'offers.0', keys: ['extra'] },
      { code: 'unrecognized_keys', path: 'slot', keys: ['y'] },
    ]);
    // A union names the unknown key of the option it otherwise matches.
    expect(issues(strict, { title: 't', target: { kind: 'a', x: 1, z: 1 } })).toEqual([
      { code: 'unrecognized_keys', path: 'target', keys: ['z'] },
    ]);
    // The original is untouched: it still drops what it does not know.
    expect(Schema.parse({ title: 't', priorty: 'low', target: { kind: 'b' } })).not.toHaveProperty('priorty');
  });

  it('keep refinements, defaults, transforms and what loose objects and records take', () => {
    const Schema = z
      .object({
        from: z.number(),
        to: z.number(),
        when: z.string().default('now'),
        email: z.record(z.string(), z.boolean()),
        meta: z.looseObject({ a: z.string() }),
        name: z.string().transform((s) => s.trim()),
      })
      .refine((v) => v.from <= v.to, { message: 'from after to', path: ['from'] });
    const strict = strictDeep(Schema);
    const ok = { from: 1, to: 2, email: { ideas: true }, meta: { a: 'x', b: 'y' }, name: ' n ' };
    expect(strict.parse(ok)).toEqual({ ...ok, when: 'now', name: 'n' });
    expect(issues(strict, { ...ok, from: 3 })).toEqual([{ code: 'custom', path: 'from', keys: undefined }]);
    expect(issues(strict, { ...ok, extra: true })[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['extra'] });
  });

  it('reach objects behind preprocess and lazy schemas', () => {
    const Pre = strictDeep(z.preprocess((v) => v, z.object({ a: z.string() })));
    expect(issues(Pre, { a: 'x', b: 1 })[0]?.code).toBe('unrecognized_keys');
    type Node = { name: string; children: Node[] };
    const Tree: z.ZodType<Node> = z.lazy(() => z.object({ name: z.string(), children: z.array(Tree) }));
    expect(issues(strictDeep(Tree), { name: 'a', children: [{ name: 'b', children: [], x: 1 }] })[0]).toMatchObject({
      code: 'unrecognized_keys',
      path: 'children.0',
    });
  });
});
