import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors.js';
import { makeDataDir } from './make-data-dir.js';
import { isAlive, processIdentity } from './process-identity.js';

const LOCK_FILE = 'cocreate.lock';

export interface LockHolder {
  pid: number;
  /** See processIdentity(); absent in locks written before it was recorded, or where the system has none. */
  process?: string;
}

function parseLock(text: string): LockHolder {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder> | number;
    if (typeof parsed === 'number') return { pid: parsed };
    return { pid: Number(parsed.pid), ...(typeof parsed.process === 'string' ? { process: parsed.process } : {}) };
  } catch {
    return { pid: Number.NaN };
  }
}

/**
 * Whether the process named in the lock still runs. A pid alone is not enough: after a kill -9 or
 * a reboot the pid is soon given to another process (in a container, often to the next Cocreate
 * itself), so the holder's start time must match too.
 */
function stillHeld(holder: LockHolder): boolean {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0 || holder.pid === process.pid) return false;
  if (!isAlive(holder.pid)) return false;
  if (holder.process === undefined) return true; // an older lock names only the pid: stay on the safe side
  const running = processIdentity(holder.pid);
  return running === undefined || running === holder.process;
}

/** Moves a stale lock out of the way, unless another process replaced it meanwhile. */
function removeStale(file: string, staleText: string): void {
  const aside = `${file}.${process.pid}.stale`;
  try {
    fs.renameSync(file, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  // Between reading the stale lock and moving it, another process may have taken it over and
  // written its own: put that one back.
  if (fs.readFileSync(aside, 'utf8') !== staleText) {
    try {
      fs.linkSync(aside, file);
    } catch {
      /* a third process holds it now; the next attempt reads its lock */
    }
  }
  fs.rmSync(aside, { force: true });
}

/**
 * Creates the lock with its content in one step (written aside, then hard-linked into place, which
 * fails if the lock exists), so no process ever reads a lock that is there but still empty.
 */
function createWithContent(file: string, text: string): void {
  const draft = `${file}.${process.pid}.new`;
  fs.writeFileSync(draft, text);
  try {
    fs.linkSync(draft, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw err;
    // A file system without hard links (FAT, some mounted volumes): exclusive create instead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS')
      fs.writeFileSync(file, text, { flag: 'wx' });
    else throw err;
  } finally {
    fs.rmSync(draft, { force: true });
  }
}

/** The outcome of one try at a lock file: ours (with a way to release it), or held by a live process. */
export type LockAttempt = { release: () => void; holder?: undefined } | { release?: undefined; holder: LockHolder };

/**
 * Tries to take the lock file `file` for this process, naming it by pid and start time. A lock
 * whose holder is gone (kill -9, power loss) is taken over, even when its pid now belongs to
 * another process; a live holder is returned instead of waiting.
 */
export function tryLockFile(file: string): LockAttempt {
  const identity = processIdentity(process.pid);
  const ours = JSON.stringify({ pid: process.pid, ...(identity ? { process: identity } : {}) });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      createWithContent(file, ours);
      return {
        release: () => {
          try {
            if (fs.readFileSync(file, 'utf8') === ours) fs.unlinkSync(file);
          } catch {
            /* already gone */
          }
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (readErr) {
        if ((readErr as NodeJS.ErrnoException).code === 'ENOENT') continue; // released meanwhile
        throw readErr;
      }
      const holder = parseLock(text);
      if (stillHeld(holder)) return { holder };
      removeStale(file, text);
    }
  }
  // Taken over and over by others meanwhile: no holder to name.
  return { holder: { pid: Number.NaN } };
}

/**
 * Takes the data directory for this process alone. PGlite silently corrupts a data directory that
 * two processes open, so a second process gets a clear error instead. The lock names the holder
 * by pid and start time; a lock whose holder is gone (kill -9, power loss) is taken over, even
 * when its pid now belongs to another process.
 */
export function lockDataDir(dir: string): () => void {
  makeDataDir(dir);
  const attempt = tryLockFile(path.join(dir, LOCK_FILE));
  if (attempt.release) return attempt.release;
  if (Number.isInteger(attempt.holder.pid)) {
    throw new AppError(
      'data_dir_locked',
      500,
      `The data directory ${dir} is in use by another Cocreate process (pid ${attempt.holder.pid}). ` +
        'The embedded database allows one process only: stop the other process, or use ' +
        'DATABASE_URL with PostgreSQL to run several processes.',
    );
  }
  throw new AppError('data_dir_locked', 500, `Could not lock the data directory ${dir}.`);
}
