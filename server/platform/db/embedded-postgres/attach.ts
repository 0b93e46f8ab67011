import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { AppError } from '../../errors.js';
import type { ServerBinaries } from './binaries.js';
import { PRESENCE_NAME } from './presence.js';
import { isAlive } from '../process-identity.js';
import { isServerOf, readPostmasterPid, startServer, stopServer, type Postmaster } from './server-process.js';
import type { ServerUser } from './server-user.js';
import { SUPERUSER } from './cluster.js';

interface Probe {
  dataDirectory: string;
  present: number;
}

async function probe(port: number, password: string): Promise<Probe> {
  const client = new pg.Client({
    host: '127.0.0.1',
    port,
    user: SUPERUSER,
    password,
    database: 'postgres',
    application_name: 'cocreate-start',
    connectionTimeoutMillis: 10_000,
  });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rows } = await client.query<Probe>(
      `select current_setting('data_directory') as "dataDirectory",
              (select count(*)::int from pg_stat_activity where application_name = $1) as present`,
      [PRESENCE_NAME],
    );
    return rows[0]!;
  } finally {
    await client.end().catch(() => {});
  }
}

const sameDirectory = (a: string, b: string) => {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
};

export interface RunningOptions {
  binaries: ServerBinaries;
  clusterDir: string;
  user: ServerUser;
  password: string;
}

/**
 * Returns the port of a server running on the cluster (and whether this call started it), starting one when none runs (call it
 * under the startup lock). A server that other Cocreate processes use is joined. One that no
 * Cocreate process uses any more — its last process was killed (kill -9, out of memory) and
 * left it running — is an orphan: it is stopped cleanly and started afresh, so it runs with
 * this Cocreate's binaries and settings. A postmaster.pid whose pid now belongs to another
 * program is stale and removed. Anything else on the cluster is reported with the way out.
 */
export async function runningServer(options: RunningOptions): Promise<{ port: number; started: boolean }> {
  const { binaries, clusterDir, user, password } = options;
  const waitUntil = Date.now() + 15 * 60_000;
  for (;;) {
    const postmaster = readPostmasterPid(clusterDir);
    const start = async () => ({ port: await startServer({ binaries, clusterDir, user }), started: true });
    if (!postmaster || !isAlive(postmaster.pid)) return start();
    if (!isServerOf(postmaster.pid, clusterDir)) {
      fs.rmSync(path.join(clusterDir, 'postmaster.pid'), { force: true });
      return start();
    }
    if (postmaster.status === 'ready' && postmaster.port > 0) {
      let found: Probe;
      try {
        found = await probe(postmaster.port, password);
      } catch (err) {
        throw notOurs(postmaster, clusterDir, err);
      }
      if (!sameDirectory(found.dataDirectory, clusterDir)) throw notOurs(postmaster, clusterDir, found.dataDirectory);
      if (found.present > 0) return { port: postmaster.port, started: false };
      await stopServer(binaries, clusterDir, user);
      continue;
    }
    // Starting (crash recovery) or stopping: wait for it to settle.
    if (Date.now() > waitUntil)
      throw new AppError(
        'embedded_db_stuck',
        500,
        `The embedded PostgreSQL server (pid ${postmaster.pid}) of ${clusterDir} has been "${postmaster.status}" ` +
          `for 15 minutes. See ${path.join(clusterDir, 'log')}; stop it (\`kill ${postmaster.pid}\`) and start again.`,
      );
    await new Promise((r) => setTimeout(r, 200));
  }
}

function notOurs(postmaster: Postmaster, clusterDir: string, why: unknown): AppError {
  const detail = typeof why === 'string' ? `it serves ${why}` : why instanceof Error ? why.message : String(why);
  return new AppError(
    'embedded_db_foreign',
    500,
    `A PostgreSQL server (pid ${postmaster.pid}, port ${postmaster.port}) runs on ${clusterDir}, but Cocreate ` +
      `cannot use it (${detail}): it was not started by Cocreate, or the password file beside the cluster does ` +
      `not match. Stop it (\`kill ${postmaster.pid}\`, or \`pg_ctl stop -D ${clusterDir}\`) and start Cocreate again.`,
  );
}
