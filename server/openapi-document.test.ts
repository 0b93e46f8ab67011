import { beforeAll, describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../scripts/api-types.js';
import { apiReference } from './modules/api-reference.js';
import { errorCatalogue } from './platform/http/error-codes.js';
import { operationsOf, type OpenApiDocument } from './platform/http/openapi/document.js';
import { TIMESTAMP_NAME } from './platform/http/openapi/formats.js';

// The whole application's OpenAPI document, as integrators fetch it from /api/v1/openapi.json.
let document: OpenApiDocument;
beforeAll(async () => {
  document = (await buildOpenApiDocument()) as OpenApiDocument;
});

const operations = () => operationsOf(document);
const label = (o: { method: string; path: string }) => `${o.method.toUpperCase()} ${o.path}`;

describe('the OpenAPI document', () => {
  it('names every operation, once, in camelCase verb-noun', () => {
    const byId = new Map<string, string[]>();
    for (const o of operations()) {
      expect(o.operation.operationId, label(o)).toMatch(/^[a-z]+[A-Za-z0-9]*$/);
      byId.set(o.operation.operationId, [...(byId.get(o.operation.operationId) ?? []), label(o)]);
    }
    const shared = [...byId].filter(([, ops]) => ops.length > 1);
    expect(shared, 'operations sharing an operationId').toEqual([]);
    const ids = new Set(byId.keys());
    for (const name of ['listIdeas', 'getIdea', 'createCase', 'updateCase', 'castVote', 'createSurvey', 'listMembers'])
      expect(ids).toContain(name);
  });

  it('names no route that is not there (operation names, uploads, locations)', () => {
    const routes = new Set(operations().map((o) => `${o.method.toUpperCase()} ${o.path.replace('/api/v1', '')}`));
    const named = [
      ...Object.keys(apiReference.operationIds),
      ...apiReference.uploads,
      ...Object.keys(apiReference.locations),
      ...Object.values(apiReference.locations).map((path) => `GET ${path}`),
    ];
    expect(named.filter((key) => !routes.has(key))).toEqual([]);
  });

  it('tags every operation with one described tag of its module, grouped by module', () => {
    const tags = new Map<string, { description?: string }>(
      document.tags.map((t: { name: string; description?: string }) => [t.name, t]),
    );
    for (const o of operations()) {
      expect(o.operation.tags, label(o)).toHaveLength(1);
      expect(tags.get(o.operation.tags[0])?.description, `${label(o)}: ${o.operation.tags[0]}`).toBeTruthy();
    }
    const used = new Set(operations().map((o) => o.operation.tags[0]));
    expect([...tags.keys()].filter((name) => !used.has(name))).toEqual([]);
    const grouped = document['x-tagGroups'].flatMap((g: { tags: string[] }) => g.tags);
    expect([...grouped].sort()).toEqual([...tags.keys()].sort());
    expect(grouped).toHaveLength(new Set(grouped).size);
  });

  it("has one Problem schema whose code enum is the server's catalogue of codes", () => {
    const problem = document.components.schemas.Problem;
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'code']));
    expect(problem.properties.code.enum).toEqual(errorCatalogue().map((c) => c.code));
    for (const [name, answer] of Object.entries<{ content: Record<string, { schema: unknown }> }>(
      document.components.responses,
    ))
      expect(answer.content['application/problem+json']?.schema, name).toEqual({
        $ref: '#/components/schemas/Problem',
      });
  });

  it('lists the error answers of every operation, from who may call it and its method', () => {
    const statuses = (method: string, path: string) =>
      Object.keys(document.paths[`/api/v1${path}`][method].responses).filter((s) => s >= '400');
    // A public read; a public write (CSRF, conflicts); a write for staff with a body.
    expect(statuses('get', '/ideas')).toEqual(['400', '404', '429']);
    expect(statuses('post', '/auth/sign-in')).toEqual(['400', '403', '404', '409', '413', '415', '422', '429']);
    expect(statuses('patch', '/cases/{id}')).toEqual(['400', '401', '403', '404', '409', '413', '415', '429']);
    for (const o of operations()) {
      const codes = Object.keys(o.operation.responses);
      expect(
        codes.some((s) => /^2\d\d$/.test(s)),
        label(o),
      ).toBe(true);
      for (const s of ['400', '404', '429']) expect(codes, label(o)).toContain(s);
      for (const s of codes.filter((c) => c >= '400'))
        expect(o.operation.responses[s].$ref, `${label(o)} ${s}`).toMatch(/^#\/components\/responses\//);
    }
  });

  it('gives every timestamp format date-time, in answers and in requests', () => {
    const plain: string[] = [];
    const walk = (schema: unknown, where: string): void => {
      if (!schema || typeof schema !== 'object') return;
      if (Array.isArray(schema)) return schema.forEach((s) => walk(s, where));
      const s = schema as Record<string, unknown>;
      for (const [name, property] of Object.entries((s.properties ?? {}) as Record<string, Record<string, unknown>>)) {
        if (!TIMESTAMP_NAME.test(name)) continue;
        const branches = [property, ...((property.anyOf as Record<string, unknown>[]) ?? [])];
        const strings = branches.filter((b) => [b.type].flat().includes('string'));
        if (strings.some((b) => b.format !== 'date-time' && b.format !== 'date')) plain.push(`${where} ${name}`);
      }
      for (const value of Object.values(s)) walk(value, where);
    };
    for (const o of operations()) walk(o.operation, label(o));
    expect(plain).toEqual([]);
  });

  it('answers CSV downloads as text/csv', () => {
    const csv = operations().filter((o) => o.path.endsWith('.csv'));
    expect(csv.length).toBeGreaterThanOrEqual(3);
    for (const o of csv) expect(Object.keys(o.operation.responses['200'].content), label(o)).toEqual(['text/csv']);
  });

  it('shares the workspace header and the rate-limit headers', () => {
    expect(document.components.parameters.Workspace).toMatchObject({ in: 'header', name: 'X-Cocreate-Workspace' });
    for (const o of operations()) {
      expect(o.operation.parameters, label(o)).toContainEqual({ $ref: '#/components/parameters/Workspace' });
      const ok = Object.entries<{ headers?: Record<string, unknown> }>(o.operation.responses).find(([s]) =>
        /^2/.test(s),
      )![1];
      expect(Object.keys(ok.headers ?? {}), label(o)).toEqual(
        expect.arrayContaining(['X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']),
      );
    }
    expect(Object.keys(document.components.responses.TooManyRequests.headers)).toEqual(
      expect.arrayContaining(['Retry-After', 'X-RateLimit-Limit']),
    );
  });
});
