// The attacks sent to one write route: bodies derived from its schema with fast-check, every
// field broken one at a time, odd content types, bad path parameters and encoded paths.
import fc from 'fast-check';
import { newId } from '../../platform/ids.js';
import { multipartFile } from '../../test-support/multipart.js';
import {
  fuzzedValue,
  hostileStringValues,
  outOfRangeValues,
  sampleOne,
  seedOf,
  validValue,
  wrongTypeValues,
} from './arbitraries.js';
import { fieldName, fieldsOf, withoutKeyAt, withValueAt } from './json-schema.js';
import { fillPath, type Operation } from './operations.js';

export interface FuzzCase {
  label: string;
  /** Sent by a caller the route refuses: must never succeed. */
  denied: boolean;
  url: string;
  /** A JSON value (sent as application/json), or raw text/bytes with `contentType`. */
  payload?: unknown;
  raw?: string | Buffer;
  contentType?: string;
  /** The field a validation error must name, when the case breaks exactly one. */
  expectField?: string;
}

/** How many schema-derived bodies each route gets: valid-looking ones and ones with hostile parts. */
export const RUNS = { valid: 4, fuzzed: 16 };

const BAD_PATH_VALUES = [
  'not-a-uuid',
  'x'.repeat(3000),
  '%00',
  '%E0%A4%A',
  '%ED%A0%80',
  '..%2F..%2Fsetup',
  '%2e%2e',
  encodeURIComponent('想法'),
  '01900000-0000-7000-8000-00000000DEAD',
];

/** The route's URL with one static segment percent-encoded (or double-encoded), as a smuggler would send it. */
export function encodedVariants(path: string): string[] {
  const hex = (c: string) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
  const segments = path.split('/');
  const third = segments[3] ?? '';
  const withThird = (s: string) => [...segments.slice(0, 3), s, ...segments.slice(4)].join('/');
  return [
    path.replace('/api/', `/${hex('a')}pi/`),
    path.replace('/v1/', `/${hex('v')}1/`),
    withThird(hex(third[0]!) + third.slice(1)),
    withThird(`%25${hex(third[0]!).slice(1)}${third.slice(1)}`),
    path.replace('/api/v1/', '/api/v1/%2F'),
    path.toUpperCase(),
  ];
}

function deepObject(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

export function fuzzCases(op: Operation, realIds: Record<string, string>, hasDeniedCallers: boolean): FuzzCase[] {
  const seed = seedOf(`${op.method} ${op.url}`);
  const path = fillPath(op.url, (name) => encodeURIComponent(realIds[name]!));
  const query = Object.fromEntries(
    op.query.filter((q) => q.required).map((q) => [q.name, String(sampleOne(validValue(q.schema), seed))]),
  );
  const withQuery = (p: string, q: Record<string, string> = query) =>
    Object.keys(q).length ? `${p}?${new URLSearchParams(q)}` : p;
  const url = withQuery(path);
  const body = op.body;
  const base = body ? sampleOne(validValue(body), seed) : undefined;
  const cases: FuzzCase[] = [];
  const add = (c: Omit<FuzzCase, 'denied' | 'url'> & Partial<FuzzCase>) => cases.push({ denied: false, url, ...c });

  if (body) {
    fc.sample(validValue(body), { seed, numRuns: RUNS.valid }).forEach((payload, i) =>
      add({ label: `valid #${i}`, payload }),
    );
    fc.sample(fuzzedValue(body), { seed: seed + 1, numRuns: RUNS.fuzzed }).forEach((payload, i) =>
      add({ label: `fuzzed #${i}`, payload }),
    );

    let hugeStrings = 0;
    let hugeArrays = 0;
    for (const field of fieldsOf(body)) {
      const name = fieldName('body', field.path);
      for (const value of wrongTypeValues(field.schema).slice(0, 2))
        add({ label: `${name} of the wrong type`, payload: withValueAt(base, field.path, value), expectField: name });
      for (const value of outOfRangeValues(field.schema))
        add({ label: `${name} out of range`, payload: withValueAt(base, field.path, value), expectField: name });
      if (field.required)
        add({
          label: `${name} missing`,
          payload: withoutKeyAt(withValueAt(base, field.path, null), field.path),
          expectField: name,
        });
      for (const value of hostileStringValues(field.schema).slice(0, 3))
        add({ label: `${name} with NUL or a lone surrogate`, payload: withValueAt(base, field.path, value) });
      if (field.schema.type === 'string' && hugeStrings++ < 3)
        add({ label: `${name} huge`, payload: withValueAt(base, field.path, '长'.repeat(200_000)) });
      if (field.schema.type === 'array' && hugeArrays++ < 2)
        add({
          label: `${name} a huge array`,
          payload: withValueAt(
            base,
            field.path,
            Array.from({ length: 30_000 }, (_, i) => i),
          ),
        });
    }
    add({
      label: 'unknown fields',
      payload: { ...(base as object), isAdmin: true, workspaceId: newId(), role: 'owner' },
    });
    add({
      label: 'prototype poisoning',
      raw: `{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}}}`,
      contentType: 'application/json',
    });
    add({ label: 'deeply nested in a field', payload: { ...(base as object), nested: deepObject(3000) } });
  }
  // Whatever the route takes, these bodies are wrong in shape or type.
  add({
    label: 'deeply nested arrays',
    raw: `${'['.repeat(50_000)}${']'.repeat(50_000)}`,
    contentType: 'application/json',
  });
  for (const raw of ['null', '[]', '"text"', '42', '{}'])
    add({ label: `body ${raw}`, raw, contentType: 'application/json' });
  add({ label: 'malformed JSON', raw: '{"title": "unterminated', contentType: 'application/json' });
  add({
    label: 'invalid UTF-8 in JSON',
    raw: Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]),
    contentType: 'application/json',
  });
  add({ label: 'JSON as text/plain', raw: JSON.stringify(base ?? {}), contentType: 'text/plain' });
  add({ label: 'form-encoded body', raw: 'title=hello&board=x', contentType: 'application/x-www-form-urlencoded' });
  add({ label: 'XML body', raw: '<idea><title>x</title></idea>', contentType: 'application/xml' });
  add({
    label: 'JSON in UTF-16',
    raw: Buffer.from(JSON.stringify(base ?? {}), 'utf16le'),
    contentType: 'application/json; charset=utf-16',
  });
  const garbage = multipartFile('file', 'x.png', 'image/png', Buffer.from('\x89PNG\r\n\x1a\nnot really an image'));
  add({ label: 'multipart with a fake image', raw: garbage.payload, contentType: garbage.headers['content-type'] });
  add({ label: 'multipart without a boundary', raw: 'garbage', contentType: 'multipart/form-data' });

  for (const q of op.query) {
    const name = fieldName('query', [q.name]);
    for (const value of [
      ...wrongTypeValues(q.schema).filter((v) => typeof v === 'string'),
      ...outOfRangeValues(q.schema),
      'a\u0000b',
      '\uD800',
    ].slice(0, 6)) {
      add({
        label: `${name} = ${JSON.stringify(value).slice(0, 30)}`,
        url: withQuery(path, { ...query, [q.name]: String(value) }),
        payload: base,
      });
    }
    if (q.required)
      add({
        label: `${name} missing`,
        url: withQuery(path, Object.fromEntries(Object.entries(query).filter(([k]) => k !== q.name))),
        payload: base,
        expectField: name,
      });
    add({
      label: `${name} repeated`,
      url: `${url}${url.includes('?') ? '&' : '?'}${q.name}=a&${q.name}=b`,
      payload: base,
    });
  }

  for (const param of op.params) {
    const others = (name: string) => (name === param.name ? undefined : encodeURIComponent(realIds[name]!));
    for (const bad of [...BAD_PATH_VALUES, newId()]) {
      add({
        label: `path ${param.name} = ${bad.slice(0, 30)}`,
        url: withQuery(fillPath(op.url, (n) => others(n) ?? bad)),
        payload: base,
      });
    }
  }
  for (const encoded of encodedVariants(path)) {
    add({
      label: `encoded path ${encoded.slice(0, 60)}`,
      url: withQuery(encoded),
      payload: base,
      denied: hasDeniedCallers,
    });
  }
  if (hasDeniedCallers) {
    add({ label: 'a caller the route refuses, sensible body', payload: base, denied: true });
    const hostile = fc.sample(fuzzedValue(body ?? {}), { seed: seed + 2, numRuns: 2 });
    hostile.forEach((payload, i) => add({ label: `a caller the route refuses, fuzzed #${i}`, payload, denied: true }));
  }
  return cases;
}
