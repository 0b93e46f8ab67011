import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findServerBinaries } from './binaries.js';
import { initCluster, SUPERUSER } from './cluster.js';
import { startServer } from './server-process.js';
import { chooseServerUser, ensureReachable, runAs } from './server-user.js';

export interface ThrowawayServer {
  /** The superuser's URL, on database `postgres`: tests create their databases from it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * A disposable PostgreSQL for test suites and benchmarks, made and started as Cocreate's embedded
 * server is (same binary package, initdb options and settings, same user under root), except that
 * nothing is forced to disk (fsync, synchronous_commit and full_page_writes off) and it allows 300
 * connections. `stop()` ends it at once and deletes it.
 */
export async function startThrowawayServer(): Promise<ThrowawayServer> {
  const found = await findServerBinaries();
  if (found.missing !== undefined) throw new Error(`No embedded PostgreSQL here: ${found.missing}`);
  const { binaries } = found;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-pg-'));
  const clusterDir = path.join(dir, 'postgres');
  try {
    const user = chooseServerUser({ clusterDir, dataDir: dir });
    ensureReachable(user, path.dirname(binaries.postgres), dir);
    const password = crypto.randomBytes(18).toString('base64url');
    await initCluster({ binaries, clusterDir, user, password, noSync: true });
    const port = await startServer({
      binaries,
      clusterDir,
      user,
      settings: { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: 300 },
    });
    return {
      url: `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}/postgres`,
      async stop() {
        try {
          await runAs(binaries.pgCtl, ['stop', '-D', clusterDir, '-m', 'immediate', '-w', '-s'], user);
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}
