import { locationPattern } from '../location.js';
import type { OpenApiDocument, OperationEntry } from './document.js';
import type { ApiReference } from './reference.js';
import type { RouteCatalogue } from './route-facts.js';

/** Documents `Location` on the 201 answers that carry it (see location.ts). */
export function describeLocations(
  document: OpenApiDocument,
  entries: OperationEntry[],
  routes: RouteCatalogue,
  reference: ApiReference,
): void {
  document.components.headers = {
    ...document.components.headers,
    Location: {
      description: 'Where the created resource is read (its GET).',
      schema: { type: 'string', format: 'uri-reference' },
    },
  };
  for (const { method, path, operation } of entries) {
    const created = operation.responses?.['201'];
    if (!created || created.$ref) continue;
    const pattern = locationPattern(method, path, routes, reference);
    if (!pattern) continue;
    created.headers = { ...created.headers, Location: { $ref: '#/components/headers/Location' } };
    created.description = `Created; read it at \`${pattern}\`, as the \`Location\` header says.`;
  }
}
