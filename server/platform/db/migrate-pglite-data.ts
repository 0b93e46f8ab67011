import fs from 'node:fs';
import type { Migration } from 'kysely';
import { AppError } from '../errors.js';
import { copyDatabase, firstTableWithRows, type CopyReport } from './embedded-postgres/copy-database.js';
import { clusterExists } from './embedded-postgres/cluster.js';
import { pgliteDirOf } from './embedded-postgres/legacy-pglite.js';
import { migrateToLatest } from './migrate.js';
import { openDatabase, type DatabaseHandle } from './open-database.js';

export interface MigratePgliteOptions {
  dataDir: string;
  /** DATABASE_URL: copy into that server instead of the embedded one. */
  url?: string | undefined;
  serverUser?: string | undefined;
  migrations: Record<string, Migration>;
}

export interface MigratePgliteResult extends CopyReport {
  /** Where the PGlite data was moved once copied. */
  movedTo: string;
  /** Which database received it. */
  target: string;
}

/**
 * `npm run migrate-data`: copies a data directory's PGlite data (the default before the embedded
 * PostgreSQL server) into the embedded server, or into DATABASE_URL. Both are migrated to the
 * same version first; the target must hold no data yet. When every table's count matches, the
 * PGlite folder is renamed `pgdata.migrated-<time>`, so the next start uses the server.
 */
export async function migratePgliteData(options: MigratePgliteOptions): Promise<MigratePgliteResult> {
  const pgdata = pgliteDirOf(options.dataDir);
  if (!clusterExists(pgdata))
    throw new AppError('migrate_data_nothing', 400, `There is no PGlite data to copy: ${pgdata} holds no database.`);
  // The target first: where no server binaries exist, openDatabase falls back to this very PGlite.
  const target = await openDatabase({
    url: options.url,
    dataDir: options.dataDir,
    serverUser: options.serverUser,
    copyingPglite: true,
  });
  const into = target.summary ?? 'PostgreSQL';
  let report: CopyReport;
  try {
    if (target.kind === 'pglite')
      throw new AppError(
        'migrate_data_no_server',
        400,
        `There is no PostgreSQL to copy into: ${into}. Keep COCREATE_DB=pglite, or set DATABASE_URL to a ` +
          'PostgreSQL server and run this again.',
      );
    // PGlite takes the data directory's lock: a Cocreate still running on it is reported.
    const source = await openDatabase({ dataDir: options.dataDir, engine: 'pglite' });
    try {
      await migrateToLatest(source.db, options.migrations);
      await migrateToLatest(target.db, options.migrations);
      report = await copyInto(source, target, into);
    } finally {
      await source.close();
    }
  } finally {
    await target.close();
  }
  const movedTo = `${pgdata}.migrated-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(pgdata, movedTo);
  return { ...report, movedTo, target: into };
}

async function copyInto(source: DatabaseHandle, target: DatabaseHandle, into: string): Promise<CopyReport> {
  const from = await source.pool.connect();
  const to = await target.pool.connect();
  try {
    const holding = await firstTableWithRows(to);
    if (holding)
      throw new AppError(
        'migrate_data_target_not_empty',
        409,
        `The target already holds data (table ${holding} has rows): migrate-data copies into an empty ` +
          `database only (${into}).`,
      );
    return await copyDatabase(from, to);
  } finally {
    to.release();
    from.release();
  }
}
