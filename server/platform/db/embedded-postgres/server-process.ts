import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { ServerBinaries } from './binaries.js';
import { isAlive } from '../process-identity.js';
import { giveTo, ProgramFailed, runAs, type ServerUser } from './server-user.js';

/** What postmaster.pid says about the server running on a cluster (see PostgreSQL's pidfile.h). */
export interface Postmaster {
  pid: number;
  dataDir: string;
  port: number;
  /** `starting`, `stopping`, `ready` or `standby`; empty while the file is being written. */
  status: string;
}

export function readPostmasterPid(clusterDir: string): Postmaster | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  return { pid, dataDir: lines[1] ?? '', port: Number(lines[3]), status: (lines[7] ?? '').trim() };
}

/**
 * Whether a live pid is the PostgreSQL server of this cluster, not another program (or another
 * cluster's server) given a reused pid. On Linux its command line names the cluster; elsewhere
 * the program's name is checked.
 */
export function isServerOf(pid: number, clusterDir: string): boolean {
  try {
    const cmdline = `/proc/${pid}/cmdline`;
    if (fs.existsSync('/proc/self/cmdline')) {
      const args = fs.readFileSync(cmdline, 'utf8').split('\0');
      const real = realpathOr(clusterDir);
      return /postgres/.test(args[0] ?? '') && args.some((a) => a === clusterDir || realpathOr(a) === real);
    }
    const name = execFileSync('ps', ['-o', 'comm=', '-p', String(pid)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return /postgres/.test(name);
  } catch {
    return !fs.existsSync('/proc/self/cmdline'); // gone meanwhile on Linux; elsewhere cannot tell: assume it is
  }
}

function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface StartOptions {
  binaries: ServerBinaries;
  clusterDir: string;
  user: ServerUser;
  /** Extra settings (`-c name=value`), e.g. fsync=off for a throwaway test cluster. */
  settings?: Record<string, string | number>;
}

/**
 * Starts the server with pg_ctl on a free port of 127.0.0.1 and waits until it accepts
 * connections (crash recovery included). pg_ctl detaches the server into a session of its own,
 * so it outlives this process: other Cocreate processes may still use it. Returns the port.
 */
export async function startServer(options: StartOptions): Promise<number> {
  const { binaries, clusterDir, user } = options;
  const logDir = path.join(clusterDir, 'log');
  fs.mkdirSync(logDir, { recursive: true, mode: 0o700 });
  giveTo(logDir, user);
  const startupLog = path.join(logDir, 'startup.log');
  let failure: unknown;
  // A free port can be taken between choosing and binding; shared memory of a killed server can
  // still be held for a moment by its dying children. Both pass on a later try.
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const settings = Object.entries(options.settings ?? {}).map(([k, v]) => ` -c ${k}=${v}`);
    try {
      await runAs(
        binaries.pgCtl,
        ['start', '-D', clusterDir, '-l', startupLog, '-o', `-p ${port}${settings.join('')}`, '-w', '-t', '600', '-s'],
        user,
        660_000,
      );
      return port;
    } catch (err) {
      failure = err;
      if (!(err instanceof ProgramFailed)) throw err;
      const log = tail(startupLog);
      if (!/could not bind|already in use|shared memory block is still in use/i.test(log)) {
        throw new ProgramFailed('pg_ctl start', `${err.output}\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 500 * (attempt + 1)));
    }
  }
  throw failure;
}

/** Stops the server cleanly (`-m fast`: sessions are ended, a checkpoint is written). */
export async function stopServer(binaries: ServerBinaries, clusterDir: string, user: ServerUser): Promise<void> {
  try {
    await runAs(binaries.pgCtl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '120', '-s'], user, 150_000);
  } catch (err) {
    const running = readPostmasterPid(clusterDir);
    if (running && isAlive(running.pid)) throw err;
  }
}

/** The last lines of a log file, for error messages. */
function tail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
