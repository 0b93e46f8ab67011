import fs from 'node:fs/promises';
import path from 'node:path';

/** Where uploaded files are kept. One implementation today (a directory); the port allows others. */
export interface FileStorage {
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9/_.-]{0,200}$/;

function resolve(root: string, key: string): string {
  if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`Unsafe storage key ${key}`);
  return path.join(root, key);
}

/**
 * Files in a directory (by default `<data dir>/uploads`); writes go through a temp file and rename.
 * Folders and files it makes are its own process's alone: uploads may be private attachments.
 */
export function directoryStorage(root: string): FileStorage {
  return {
    async put(key, data) {
      const file = resolve(root, key);
      await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
      const temp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(temp, data, { mode: 0o600 });
      await fs.rename(temp, file);
    },
    async get(key) {
      try {
        return await fs.readFile(resolve(root, key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async delete(key) {
      await fs.rm(resolve(root, key), { force: true });
    },
  };
}
