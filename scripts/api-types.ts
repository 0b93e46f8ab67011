// The web app's API types, generated from the OpenAPI document the server builds from its zod
// schemas, so that the web app cannot drift from what the server validates and returns.
// `npm run generate:api` writes them; server/api-types.test.ts fails when they are stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildApp } from '../server/app.js';
import { modules } from '../server/modules/index.js';
import { openDatabase } from '../server/platform/db/index.js';
import { testConfig } from '../server/test-support/app.js';

export const API_TYPES_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'web',
  'src',
  'api',
  'schema.d.ts',
);
export const GENERATE_COMMAND = 'npm run generate:api';

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`${GENERATE_COMMAND}\` (scripts/generate-api-types.ts).
 * Do not edit: change the server's schemas and run the command again.
 */

`;

/**
 * The OpenAPI document of the whole application, built as the tests build it, without a server:
 * routes are registered without touching the database, so an unmigrated in-memory PGlite will do,
 * and no setting changes the document.
 */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const database = await openDatabase({ dataDir: 'memory' });
  const config = testConfig();
  try {
    const app = await buildApp({ config, database, modules, webRoot: '/nonexistent' });
    try {
      await app.ready();
      return app.swagger() as OpenAPI3;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    fs.rmSync(config.dataDir, { recursive: true, force: true });
  }
}

/**
 * Paths that differ only in a parameter's name (`/boards/{board}` and `/boards/{id}`): OpenAPI
 * takes them for one path, and a typed client could not tell them apart.
 */
export function pathsNamedTwoWays(document: OpenAPI3): string[][] {
  const byShape = new Map<string, string[]>();
  for (const name of Object.keys(document.paths ?? {})) {
    const shape = name.replace(/\{[^}]+\}/g, '{}');
    byShape.set(shape, [...(byShape.get(shape) ?? []), name]);
  }
  return [...byShape.values()].filter((names) => names.length > 1);
}

/** The TypeScript declarations of a document: the same document gives the same text, byte for byte. */
export async function renderApiTypes(document: OpenAPI3): Promise<string> {
  const clashes = pathsNamedTwoWays(document);
  if (clashes.length > 0) {
    throw new Error(
      `Give each of these paths one parameter name: ${clashes.map((names) => names.join(' and ')).join('; ')}`,
    );
  }
  const nodes = await openapiTS(document, { silent: true });
  return HEADER + astToString(nodes);
}

/** The text `web/src/api/schema.d.ts` should have. */
export async function generateApiTypes(): Promise<string> {
  return renderApiTypes(await buildOpenApiDocument());
}
