import fs from 'node:fs';
import path from 'node:path';
import type { ServerBinaries } from './binaries.js';
import { giveTo, ProgramFailed, runAs, type ServerUser } from './server-user.js';

/** The superuser Cocreate connects as, and the database it keeps its tables in. */
export const SUPERUSER = 'cocreate';
export const DATABASE = 'cocreate';

/** Whether `dir` holds an initialised PostgreSQL cluster. */
export const clusterExists = (dir: string) => fs.existsSync(path.join(dir, 'PG_VERSION'));

/**
 * libc locales for LC_CTYPE, in order of preference. pg_trgm classifies characters with the
 * database's LC_CTYPE even under the builtin collation provider, so Chinese trigrams need a UTF-8
 * one; C.UTF-8 sorts and classifies the same everywhere, en_US.UTF-8 is there when it is not.
 */
const UTF8_LOCALES =
  process.platform === 'win32' ? ['en-US.UTF-8', 'English_United States.UTF-8'] : ['C.UTF-8', 'C.utf8', 'en_US.UTF-8'];

export interface InitOptions {
  binaries: ServerBinaries;
  clusterDir: string;
  user: ServerUser;
  password: string;
  /** Skip initdb's final fsync (throwaway clusters for tests). */
  noSync?: boolean;
}

/**
 * Creates the cluster: UTF8, the builtin collation provider (C.UTF-8: code-point order that no
 * operating-system update can change under an index), a UTF-8 LC_CTYPE for pg_trgm, password
 * (SCRAM) authentication for every connection, and the settings Cocreate runs it with. It is
 * made beside its place and moved there when complete, so a crash midway leaves no half cluster.
 */
export async function initCluster(options: InitOptions): Promise<void> {
  const { binaries, user, password } = options;
  const parent = path.dirname(options.clusterDir);
  const draftPrefix = `${path.basename(options.clusterDir)}.initdb-`;
  // Leftovers of an initdb cut short (a crash, a power loss): its draft and its password file.
  for (const entry of fs.readdirSync(parent)) {
    if (entry.startsWith(draftPrefix) || entry.startsWith('.postgres-password-'))
      fs.rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
  const clusterDir = path.join(parent, `${draftPrefix}${process.pid}`);
  fs.mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  giveTo(clusterDir, user);
  // initdb reads the superuser's password from a file; it is readable by the server's user only, briefly.
  const passwordFile = path.join(parent, `.postgres-password-${process.pid}`);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600, flag: 'wx' });
  giveTo(passwordFile, user);
  try {
    let lastFailure: unknown;
    for (const locale of UTF8_LOCALES) {
      try {
        await runAs(
          binaries.initdb,
          [
            '-D',
            clusterDir,
            '-U',
            SUPERUSER,
            `--pwfile=${passwordFile}`,
            '--auth=scram-sha-256',
            '--encoding=UTF8',
            `--locale=${locale}`,
            '--locale-provider=builtin',
            '--builtin-locale=C.UTF-8',
            '--no-instructions',
            ...(options.noSync ? ['--no-sync'] : []),
          ],
          user,
        );
        lastFailure = undefined;
        break;
      } catch (err) {
        lastFailure = err;
        // Only a locale this system lacks is worth another try; anything else is reported.
        if (!(err instanceof ProgramFailed) || !/locale/i.test(err.output)) throw err;
        emptyDirectory(clusterDir);
      }
    }
    if (lastFailure) throw lastFailure;
  } finally {
    fs.rmSync(passwordFile, { force: true });
  }
  fs.appendFileSync(path.join(clusterDir, 'postgresql.conf'), COCREATE_SETTINGS);
  fs.mkdirSync(path.join(clusterDir, 'log'), { recursive: true, mode: 0o700 });
  giveTo(path.join(clusterDir, 'log'), user);
  fs.renameSync(clusterDir, options.clusterDir);
}

function emptyDirectory(dir: string): void {
  for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
}

const COCREATE_SETTINGS = `
# Set by Cocreate when it created this cluster (server/platform/db/embedded-postgres).
# Reached over 127.0.0.1 only, with the password in the data directory; no Unix socket.
listen_addresses = '127.0.0.1'
# Sessions in UTC whatever the host's zone, as PGlite and Cocreate's tests run.
timezone = 'UTC'
unix_socket_directories = ''
# A week of logs in log/, one file a weekday, each overwritten a week later.
logging_collector = on
log_directory = 'log'
log_filename = 'postgresql-%a.log'
log_truncate_on_rotation = on
log_rotation_age = 1d
log_rotation_size = 0
`;
