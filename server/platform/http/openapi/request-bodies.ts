import type { OperationEntry } from './document.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema walked in place */
type Schema = Record<string, any>;

/**
 * Says in the document what strict-bodies.ts enforces: every object of a JSON request body takes
 * no other properties (`additionalProperties: false`), except those that take any (records,
 * loose objects) and the parts of an `allOf`, each of which declares only some of the keys.
 */
function closeObjects(schema: Schema | undefined): void {
  if (!schema || typeof schema !== 'object' || schema.$ref) return;
  const types = [schema.type].flat();
  if (types.includes('object') && schema.properties && schema.additionalProperties === undefined)
    schema.additionalProperties = false;
  if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
    closeObjects(schema.additionalProperties);
  for (const child of Object.values<Schema>(schema.properties ?? {})) closeObjects(child);
  for (const child of [schema.items, ...(schema.prefixItems ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])])
    closeObjects(child);
}

/** Marks the objects of every JSON request body closed (see closeObjects). */
export function closeRequestBodies(entries: OperationEntry[]): void {
  for (const { operation } of entries) closeObjects(operation.requestBody?.content?.['application/json']?.schema);
}
