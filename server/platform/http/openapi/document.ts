import { describeCommonHeaders } from './common-headers.js';
import { describeAnswers } from './formats.js';
import { deriveOperationId } from './operation-ids.js';
import { describeIdempotency, takesIdempotencyKey } from './idempotency-docs.js';
import { describeLocations } from './location-docs.js';
import { describeProblems } from './problems.js';
import { closeRequestBodies } from './request-bodies.js';
import type { ApiReference } from './reference.js';
import type { RouteCatalogue, RouteFacts } from './route-facts.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- the document is JSON being shaped in place */
export type OpenApiDocument = Record<string, any>;
export type OperationObject = Record<string, any>;

export const API_PREFIX = '/api/v1';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation of the document, with what the router knows of its route. */
export interface OperationEntry {
  method: string;
  path: string;
  operation: OperationObject;
  route: RouteFacts | undefined;
  /** Whether the operation takes an Idempotency-Key. */
  idempotent: boolean;
}

/** Every operation of the document, in document order. */
export function operationsOf(document: OpenApiDocument): OperationEntry[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = (item as Record<string, OperationObject | undefined>)[method];
      return operation ? [{ method, path, operation, route: undefined, idempotent: false }] : [];
    }),
  );
}

/** The JSON schema of an operation's success answer, if it answers JSON. */
export function successSchema(operation: OperationObject): Record<string, any> | undefined {
  const ok = Object.entries(operation.responses ?? {}).find(([status]) => /^2\d\d$/.test(status))?.[1] as
    Record<string, any> | undefined;
  return ok?.content?.['application/json']?.schema;
}

function nameOperations(entries: OperationEntry[], reference: ApiReference): void {
  for (const { method, path, operation } of entries) {
    if (operation.operationId) continue;
    const override = reference.operationIds[`${method.toUpperCase()} ${path.replace(API_PREFIX, '')}`];
    operation.operationId =
      override ??
      deriveOperationId({ method, path, answersList: Boolean(successSchema(operation)?.properties?.items) });
  }
}

function tagOperations(document: OpenApiDocument, entries: OperationEntry[], reference: ApiReference): void {
  const byRouteTag = new Map<string, string>();
  for (const tag of reference.tags) {
    byRouteTag.set(tag.name, tag.name);
    for (const alias of tag.routeTags ?? []) byRouteTag.set(alias, tag.name);
  }
  const moduleTag = (module: string | undefined) => reference.tags.find((t) => t.module === module)?.name;
  const used = new Set<string>();
  for (const { operation, route } of entries) {
    const declared: string[] = operation.tags ?? [];
    const tags = declared.length > 0 ? declared.map((t) => byRouteTag.get(t) ?? t) : [moduleTag(route?.module)];
    operation.tags = [...new Set(tags.filter((t): t is string => Boolean(t)))];
    for (const t of operation.tags) used.add(t);
  }
  const known = reference.tags.filter((t) => used.has(t.name));
  const unknown = [...used].filter((name) => !known.some((t) => t.name === name)).map((name) => ({ name }));
  document.tags = [...known.map((t) => ({ name: t.name, description: t.description })), ...unknown];
  const groups = Object.entries(reference.modules)
    .map(([module, name]) => ({
      name,
      tags: known.filter((t) => t.module === module).map((t) => t.name),
    }))
    .filter((g) => g.tags.length > 0);
  if (groups.length > 0) {
    const grouped = new Set(groups.flatMap((g) => g.tags));
    const rest = document.tags.map((t: { name: string }) => t.name).filter((n: string) => !grouped.has(n));
    document['x-tagGroups'] = rest.length > 0 ? [...groups, { name: 'Other', tags: rest }] : groups;
  }
}

/**
 * Finishes the document @fastify/swagger built from the routes: every operation gets a stable
 * name (operationId), the reference's tags, and the error answers it can give (one Problem
 * schema whose `code` lists every code the server sends); request bodies take no other fields;
 * POSTs take an Idempotency-Key; 201 answers say where the new resource is; timestamps are
 * `date-time`, CSV downloads `text/csv`; the workspace header and rate-limit headers are shared
 * components.
 */
export function finishDocument(
  document: OpenApiDocument,
  routes: RouteCatalogue,
  reference: ApiReference,
): OpenApiDocument {
  const entries = operationsOf(document).map((e) => ({
    ...e,
    route: routes.get(e.method, e.path),
    idempotent: takesIdempotencyKey(e, reference.uploads),
  }));
  document.components ??= {};
  nameOperations(entries, reference);
  tagOperations(document, entries, reference);
  describeProblems(document, entries);
  describeIdempotency(document, entries);
  describeLocations(document, entries, routes, reference);
  describeAnswers(entries);
  describeCommonHeaders(document, entries);
  closeRequestBodies(entries);
  return document;
}
