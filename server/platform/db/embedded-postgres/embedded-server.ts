import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../../errors.js';
import { runningServer } from './attach.js';
import { findServerBinaries, type ServerBinaries } from './binaries.js';
import { clusterExists, DATABASE, initCluster, SUPERUSER } from './cluster.js';
import { makeDataDir } from '../make-data-dir.js';
import { refuseUnmigratedPglite } from './legacy-pglite.js';
import { connectPresence, countOthers } from './presence.js';
import { isAlive } from '../process-identity.js';
import { readPostmasterPid, stopServer } from './server-process.js';
import { chooseServerUser, ensureReachable, giveTo, ownedByOther, type ServerUser } from './server-user.js';
import { withStartupLock } from './startup-lock.js';

/** A Cocreate process's use of the embedded PostgreSQL server of its data directory. */
export interface EmbeddedServer {
  /** How to connect: 127.0.0.1, the server's port, the superuser and its password, database `cocreate`. */
  connection: pg.PoolConfig;
  /** For the start-up line: version, where, and as whom. */
  summary: string;
  /** Ends this process's use; the last Cocreate process to leave stops the server. */
  leave(): Promise<void>;
}

export type EmbeddedStart = { server: EmbeddedServer; unavailable?: undefined } | { unavailable: string };

export interface EmbeddedOptions {
  /** COCREATE_DATA_DIR; the cluster lives in its `postgres` folder. */
  dataDir: string;
  /** COCREATE_DB_USER: whom the server runs as when Cocreate runs as root. */
  serverUser?: string | undefined;
  /** Started to copy the data directory's PGlite data into (`npm run migrate-data`): do not refuse it. */
  copyingPglite?: boolean;
}

/** The cluster of a data directory. */
const clusterDirOf = (dataDir: string) => path.join(path.resolve(dataDir), 'postgres');
/** The superuser's password, beside the cluster, readable by Cocreate's own user only. */
const passwordFileOf = (dataDir: string) => path.join(path.resolve(dataDir), 'postgres-password');

/**
 * Starts the embedded PostgreSQL server of `dataDir` (creating the cluster on first start), or
 * joins it when another Cocreate process (web and worker roles, `npm run migrate`) started it.
 * Says why not when this machine has no binary package, so the caller can fall back to PGlite.
 */
export async function startEmbeddedServer(options: EmbeddedOptions): Promise<EmbeddedStart> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = clusterDirOf(dataDir);
  const found = await findServerBinaries();
  if (found.missing !== undefined) {
    // No server here: PGlite data, if any, goes on being used by the fallback.
    if (clusterExists(clusterDir))
      throw new AppError(
        'embedded_db_binaries_missing',
        500,
        `${clusterDir} holds Cocreate's embedded PostgreSQL data, but its server cannot run here: ${found.missing}. ` +
          'Install the dependencies with `npm ci` on a supported machine (Linux with glibc, macOS, Windows x64).',
      );
    return { unavailable: found.missing };
  }
  const binaries = found.binaries;
  if (!options.copyingPglite) refuseUnmigratedPglite(dataDir, clusterDir);
  makeDataDir(dataDir);
  return withStartupLock(dataDir, async () => {
    const user = chooseServerUser({ requested: options.serverUser, clusterDir, dataDir });
    ensureReachable(user, path.dirname(binaries.postgres), dataDir);
    const password = await preparedCluster(binaries, dataDir, user);
    const { port, started } = await runningServer({ binaries, clusterDir, user, password });
    const connection = { host: '127.0.0.1', port, user: SUPERUSER, password, database: DATABASE };
    const serverRuns = () => isRunning(clusterDir);
    let presence: pg.Client | undefined;
    try {
      await createDatabase(connection);
      presence = await connectPresence(connection);
      const version = (await presence.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]!.v;
      const as = user.uid === undefined ? '' : `, run as ${user.name}`;
      return {
        server: {
          connection: { ...connection, application_name: 'cocreate' },
          summary: `embedded PostgreSQL ${version} in ${clusterDir} on 127.0.0.1:${port}${as}`,
          leave: leaveOnce(
            dataDir,
            () => countOthers(presence, connection, serverRuns),
            presence,
            () => stopServer(binaries, clusterDir, user),
          ),
        },
      };
    } catch (err) {
      // Failed after the server ran: stop it only if no other process uses it.
      const others = presence || !started ? await countOthers(presence, connection, serverRuns) : 0;
      await presence?.end().catch(() => {});
      if (others === 0) await stopServer(binaries, clusterDir, user).catch(() => {});
      throw err;
    }
  });
}

/** Creates the cluster on first start (or hands an existing one to the server's user); returns the password. */
async function preparedCluster(binaries: ServerBinaries, dataDir: string, user: ServerUser): Promise<string> {
  const clusterDir = clusterDirOf(dataDir);
  const passwordFile = passwordFileOf(dataDir);
  if (clusterExists(clusterDir)) {
    if (!fs.existsSync(passwordFile))
      throw new AppError(
        'embedded_db_password_missing',
        500,
        `${passwordFile}, the password of the embedded PostgreSQL server in ${clusterDir}, is missing. ` +
          'Restore it with the rest of the data directory from your backup.',
      );
    if (ownedByOther(clusterDir, user)) giveTo(clusterDir, user);
    return fs.readFileSync(passwordFile, 'utf8').trim();
  }
  if (fs.existsSync(clusterDir)) {
    if (fs.readdirSync(clusterDir).length > 0)
      throw new AppError(
        'embedded_db_not_a_cluster',
        500,
        `${clusterDir} is where Cocreate keeps its embedded PostgreSQL cluster, but it holds something else. ` +
          'Move it away and start again.',
      );
    fs.rmdirSync(clusterDir);
  }
  if (!fs.existsSync(passwordFile))
    // 'wx': a new file, never through a link planted in its place (Cocreate may run as root).
    fs.writeFileSync(passwordFile, crypto.randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  await initCluster({ binaries, clusterDir, user, password });
  return password;
}

async function createDatabase(connection: pg.ClientConfig): Promise<void> {
  const admin = new pg.Client({ ...connection, database: 'postgres', application_name: 'cocreate-start' });
  admin.on('error', () => {});
  await admin.connect();
  try {
    const { rowCount } = await admin.query(`select 1 from pg_database where datname = $1`, [DATABASE]);
    if (!rowCount) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

function leaveOnce(
  dataDir: string,
  countOthers: () => Promise<number>,
  presence: pg.Client,
  stop: () => Promise<void>,
): () => Promise<void> {
  let leaving: Promise<void> | undefined;
  return () =>
    (leaving ??= withStartupLock(dataDir, async () => {
      // Counted under the startup lock, so no process joins between the count and the stop.
      const others = await countOthers();
      await presence.end().catch(() => {});
      if (others === 0) await stop();
    }));
}

function isRunning(clusterDir: string): boolean {
  const postmaster = readPostmasterPid(clusterDir);
  return postmaster !== undefined && isAlive(postmaster.pid);
}
