import path from 'node:path';
import { AppError } from '../../errors.js';
import { tryLockFile } from '../data-dir-lock.js';

const LOCK_FILE = 'embedded-postgres.lock';
const WAIT_MS = 15 * 60_000;

/**
 * Runs `work` while no other Cocreate process starts, joins or leaves the embedded server of this
 * data directory: creating the cluster, starting the server and counting who still uses it
 * happen one process at a time. A process that finds the lock taken waits (a start after a crash
 * can take minutes of recovery); a lock left by a process that died is taken over at once.
 */
export async function withStartupLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const file = path.join(dataDir, LOCK_FILE);
  const started = Date.now();
  let delay = 20;
  for (;;) {
    const attempt = tryLockFile(file);
    if (attempt.release) {
      try {
        return await work();
      } finally {
        attempt.release();
      }
    }
    if (Date.now() - started > WAIT_MS)
      throw new AppError(
        'embedded_db_busy',
        500,
        `Another Cocreate process (pid ${attempt.holder.pid}) has been starting or stopping the embedded ` +
          `PostgreSQL server of ${dataDir} for ${WAIT_MS / 60_000} minutes. Look at what it is doing ` +
          `(its log, and ${path.join(dataDir, 'postgres', 'log')}), or stop it and start again.`,
      );
    await new Promise((r) => setTimeout(r, delay));
    delay = Math.min(delay * 2, 500);
  }
}
