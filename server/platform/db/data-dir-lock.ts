import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';

const LOCK_FILE = 'cocreate.lock';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the data directory for this process alone. PGlite silently corrupts a data directory that
 * two processes open, so a second process gets a clear error instead. A lock left by a process
 * that died (kill -9) is taken over, because its pid no longer runs.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
      if (Number.isFinite(holder) && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          'data_dir_locked',
          500,
          `The data directory ${dir} is in use by another Cocreate process (pid ${holder}). ` +
            'The embedded database allows one process only: stop the other process, or use ' +
            'DATABASE_URL with PostgreSQL to run several processes.',
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new AppError('data_dir_locked', 500, `Could not lock the data directory ${dir}.`);
}
