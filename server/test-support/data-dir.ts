import fs from 'node:fs';
import path from 'node:path';
import { readPostmasterPid } from '../platform/db/embedded-postgres/server-process.js';
import { isAlive } from '../platform/db/process-identity.js';

/**
 * Deletes a test's data directory. An embedded PostgreSQL server still running on it (a test that
 * failed before closing its database) is shut down first, so none outlives its files.
 */
export function discardDataDir(dir: string): void {
  const postmaster = readPostmasterPid(path.join(dir, 'postgres'));
  if (postmaster && isAlive(postmaster.pid)) {
    try {
      process.kill(postmaster.pid, 'SIGQUIT'); // immediate shutdown
    } catch {
      /* gone meanwhile */
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}
