import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenAPI3 } from 'openapi-typescript';
import {
  API_TYPES_FILE,
  GENERATE_COMMAND,
  buildOpenApiDocument,
  pathsNamedTwoWays,
  renderApiTypes,
} from '../scripts/api-types.js';

const operation = { responses: { 200: { description: 'ok' } } };
const documentOf = (paths: NonNullable<OpenAPI3['paths']>): OpenAPI3 => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
});

describe("the web app's generated API types", () => {
  it('match the OpenAPI document the server builds today', async () => {
    const expected = await renderApiTypes(await buildOpenApiDocument());
    const committed = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : '';
    const file = path.relative(process.cwd(), API_TYPES_FILE);
    expect(committed === expected, `${file} is stale: run \`${GENERATE_COMMAND}\` and commit the result.`).toBe(true);
  });

  it('refuse paths that differ only in a parameter name', async () => {
    const clashing = documentOf({
      '/boards/{board}': { get: operation },
      '/boards/{id}': { patch: operation },
      '/boards/{id}/ideas': { get: operation },
    });
    expect(pathsNamedTwoWays(clashing)).toEqual([['/boards/{board}', '/boards/{id}']]);
    await expect(renderApiTypes(clashing)).rejects.toThrow('/boards/{board} and /boards/{id}');
  });

  it('render the same document to the same text', async () => {
    const document = documentOf({ '/boards/{id}': { get: operation, patch: operation } });
    const first = await renderApiTypes(document);
    expect(first).toContain(`\`${GENERATE_COMMAND}\``);
    expect(first).toContain('"/boards/{id}"');
    expect(await renderApiTypes(structuredClone(document))).toBe(first);
  });
});
