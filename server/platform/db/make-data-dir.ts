import fs from 'node:fs';
import path from 'node:path';

/**
 * Creates the data directory when it is missing, readable by this user only: it holds the
 * database, its password and the uploads. The folders above it are made as usual (others may pass
 * through them); an existing data directory is left as it is.
 */
export function makeDataDir(dir: string): void {
  fs.mkdirSync(path.dirname(path.resolve(dir)), { recursive: true });
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}
