import { STATUS_CODES } from 'node:http';
import type { OperationEntry } from './document.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON Schema walked in place */
type Schema = Record<string, any>;

/** Property names that hold a point in time: `createdAt`, `resolutionDueAt`, `reopenUntil`, `at`. */
export const TIMESTAMP_NAME = /^(at|[a-z][A-Za-z]*(At|Until))$/;

const isPlainString = (s: Schema) => [s.type].flat().includes('string') && !s.format && !s.enum && !s.const;

/**
 * Many response schemas write times as `z.string()` (the presenters send `toISOString()`), which
 * OpenAPI shows as any string. A timestamp-named string property gets `format: date-time`, also
 * inside `anyOf` with null, so clients parse it as a time.
 */
export function markTimestamps(schema: Schema | undefined): void {
  if (!schema || typeof schema !== 'object' || schema.$ref) return;
  for (const [name, property] of Object.entries<Schema>(schema.properties ?? {})) {
    if (TIMESTAMP_NAME.test(name)) {
      for (const branch of [property, ...(property.anyOf ?? []), ...(property.oneOf ?? [])])
        if (isPlainString(branch)) branch.format = 'date-time';
    }
    markTimestamps(property);
  }
  for (const child of [
    schema.items,
    schema.additionalProperties,
    ...(schema.prefixItems ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.oneOf ?? []),
    ...(schema.allOf ?? []),
  ])
    if (child && typeof child === 'object') markTimestamps(child);
}

/**
 * Shapes the answers' documentation: timestamps in JSON bodies (markTimestamps); `.csv`
 * downloads as `text/csv` with their `Content-Disposition`; "Default Response" replaced by the
 * status's reason phrase.
 */
export function describeAnswers(entries: OperationEntry[]): void {
  for (const { path, operation } of entries) {
    for (const [status, answer] of Object.entries<Schema>(operation.responses ?? {})) {
      if (answer.$ref) continue;
      if (answer.description === 'Default Response') answer.description = STATUS_CODES[Number(status)] ?? 'Answer';
      if (path.endsWith('.csv') && /^2\d\d$/.test(status)) {
        answer.content = { 'text/csv': { schema: { type: 'string', description: 'CSV, UTF-8, with a header row.' } } };
        answer.headers = {
          ...answer.headers,
          'Content-Disposition': {
            description: 'attachment, with the file name',
            schema: { type: 'string' },
          },
        };
        continue;
      }
      markTimestamps(answer.content?.['application/json']?.schema);
    }
  }
}
