import path from 'node:path';
import { AppError } from '../../errors.js';
import { clusterExists } from './cluster.js';

/** Where the previous default, PGlite, kept its cluster in a data directory. */
export const pgliteDirOf = (dataDir: string) => path.join(path.resolve(dataDir), 'pgdata');

/** Whether a data directory holds PGlite data that was never copied into the embedded server. */
const hasUnmigratedPglite = (dataDir: string, clusterDir: string) =>
  clusterExists(pgliteDirOf(dataDir)) && !clusterExists(clusterDir);

/**
 * A data directory written by a Cocreate whose default was PGlite: starting the embedded server
 * would show an empty Cocreate as if the data were gone. Refuse, and say how to copy it over.
 */
export function refuseUnmigratedPglite(dataDir: string, clusterDir: string): void {
  if (!hasUnmigratedPglite(dataDir, clusterDir)) return;
  throw new AppError(
    'embedded_db_needs_migration',
    500,
    `${dataDir} holds data of Cocreate's previous embedded database (PGlite, in ${pgliteDirOf(dataDir)}); ` +
      'the embedded PostgreSQL server that is now the default would start empty. Copy the data into it once, ' +
      'with Cocreate stopped: `npm run migrate-data` (from a build: `node dist/server/cli.js migrate-data`), ' +
      'with the same COCREATE_DATA_DIR. To keep using PGlite instead, set COCREATE_DB=pglite.',
  );
}
