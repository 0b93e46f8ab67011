import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../errors.js';

/** The operating-system user the embedded PostgreSQL server runs as. */
export interface ServerUser {
  name: string;
  /** Set when Cocreate runs as root: the server's programs are started with this uid and gid. */
  uid?: number;
  gid?: number;
}

const isRoot = () => process.getuid?.() === 0;

function idOf(user: string, flag: '-u' | '-g' | '-un'): string | undefined {
  try {
    return execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** uid and primary gid of a user given by name or number, through the system's user database. */
function lookUp(user: string): Required<ServerUser> | undefined {
  const uid = idOf(user, '-u');
  const gid = idOf(user, '-g');
  if (uid === undefined || gid === undefined) return undefined;
  return { name: idOf(user, '-un') ?? user, uid: Number(uid), gid: Number(gid) };
}

function ownerOf(dir: string): number | undefined {
  try {
    return fs.statSync(dir).uid;
  } catch {
    return undefined;
  }
}

/**
 * Who runs the server. PostgreSQL refuses to run as root, and Cocreate creates no accounts, so a
 * root Cocreate (CI, containers) picks an existing unprivileged user: COCREATE_DB_USER, else the
 * owner of an existing cluster, of the data directory or of its parent when that is not root,
 * else `nobody`. Any other Cocreate runs the server as itself.
 */
export function chooseServerUser(options: {
  requested?: string | undefined;
  clusterDir: string;
  dataDir: string;
}): ServerUser {
  const { requested, clusterDir, dataDir } = options;
  if (!isRoot()) {
    const self = os.userInfo().username;
    if (requested && requested !== self)
      throw new AppError(
        'embedded_db_user_unusable',
        500,
        `COCREATE_DB_USER=${requested} applies only when Cocreate runs as root; this process runs as ${self}, ` +
          'and so does its PostgreSQL server. Unset COCREATE_DB_USER, or run Cocreate as root.',
      );
    return { name: self };
  }
  if (requested) {
    const user = lookUp(requested);
    if (!user)
      throw new AppError(
        'embedded_db_user_unusable',
        500,
        `COCREATE_DB_USER=${requested} names no user of this system. Name an existing unprivileged user ` +
          '(Cocreate creates none), e.g. one made with `useradd --system cocreate`.',
      );
    if (user.uid === 0)
      throw new AppError(
        'embedded_db_user_unusable',
        500,
        `COCREATE_DB_USER=${requested} is root, and PostgreSQL refuses to run as root. Name an unprivileged user.`,
      );
    return user;
  }
  // The data directory's owner when it exists, else its parent's: whoever set the place up.
  const owner = ownerOf(clusterDir) || (ownerOf(dataDir) ?? ownerOf(path.dirname(dataDir)));
  if (owner !== undefined && owner !== 0) {
    const user = lookUp(String(owner));
    if (user) return user;
  }
  const nobody = lookUp('nobody');
  if (!nobody)
    throw new AppError(
      'embedded_db_user_unusable',
      500,
      'Cocreate runs as root, PostgreSQL refuses to, and this system has no user `nobody` to run it as. ' +
        'Set COCREATE_DB_USER to an existing unprivileged user.',
    );
  return nobody;
}

function canEnter(stat: fs.Stats, user: ServerUser): boolean {
  if (user.uid === undefined || user.uid === 0) return true;
  // Node starts the child with only the primary group (supplementary groups are dropped).
  if (stat.uid === user.uid) return (stat.mode & 0o100) !== 0;
  if (stat.gid === user.gid) return (stat.mode & 0o010) !== 0;
  return (stat.mode & 0o001) !== 0;
}

/** The first directory on the way to `target` (itself included) the user may not pass through. */
function blockedAt(target: string, user: ServerUser): string | undefined {
  if (user.uid === undefined) return undefined;
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let dir = path.parse(path.resolve(target)).root;
  for (const part of ['', ...parts]) {
    dir = part ? path.join(dir, part) : dir;
    let stat: fs.Stats;
    try {
      stat = fs.statSync(dir);
    } catch {
      return undefined; // not there yet: it is created with the server user's access
    }
    if (stat.isDirectory() && !canEnter(stat, user)) return dir;
  }
  return undefined;
}

const modeOf = (dir: string) => (fs.statSync(dir).mode & 0o777).toString(8);

/**
 * Checks that the server's user can reach the binaries and the data directory, before anything
 * is started, and says how to fix it when not. The data directory itself (Cocreate's own) is let
 * through for others (o+x: enter, not list) when only it is in the way.
 */
export function ensureReachable(user: ServerUser, binaryDir: string, dataDir: string): void {
  const who = `${user.name} (uid ${user.uid})`;
  const binBlock = blockedAt(binaryDir, user);
  if (binBlock)
    throw new AppError(
      'embedded_db_unreachable',
      500,
      `PostgreSQL refuses to run as root, so Cocreate starts it as ${who}, who cannot reach its programs in ` +
        `${binaryDir}: ${binBlock} is closed to it (mode ${modeOf(binBlock)}). Install Cocreate where that user can ` +
        `reach it (not under /root), open the way with \`chmod o+x ${binBlock}\`, set COCREATE_DB_USER to a user who ` +
        'can reach it, or run Cocreate as an unprivileged user. (COCREATE_DB=pglite or DATABASE_URL avoid the server.)',
    );
  let dataBlock = blockedAt(dataDir, user);
  if (dataBlock === path.resolve(dataDir)) {
    fs.chmodSync(dataBlock, fs.statSync(dataBlock).mode | 0o001);
    dataBlock = blockedAt(dataDir, user);
  }
  if (dataBlock)
    throw new AppError(
      'embedded_db_unreachable',
      500,
      `PostgreSQL refuses to run as root, so Cocreate starts it as ${who}, who cannot reach the data directory ` +
        `${dataDir}: ${dataBlock} is closed to it (mode ${modeOf(dataBlock)}). Choose a COCREATE_DATA_DIR that user ` +
        `can reach (e.g. /var/lib/cocreate), open the way with \`chmod o+x ${dataBlock}\`, or set COCREATE_DB_USER ` +
        'to a user who can reach it.',
    );
}

/** Gives a directory tree to the server's user (a no-op unless Cocreate runs as root). */
export function giveTo(dir: string, user: ServerUser): void {
  if (user.uid === undefined || user.gid === undefined) return;
  const { uid, gid } = user;
  const walk = (p: string) => {
    const stat = fs.lstatSync(p);
    if (stat.uid !== uid || stat.gid !== gid) fs.lchownSync(p, uid, gid);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(p)) walk(path.join(p, entry));
  };
  walk(dir);
}

/** The owner of a directory, when it differs from the server's user (a cluster to hand over). */
export function ownedByOther(dir: string, user: ServerUser): boolean {
  if (user.uid === undefined) return false;
  return ownerOf(dir) !== user.uid;
}

/** What a PostgreSQL program printed, for error messages. */
export class ProgramFailed extends Error {
  constructor(
    readonly program: string,
    readonly output: string,
  ) {
    super(`${program} failed: ${output.trim()}`);
  }
}

/**
 * Runs one of the PostgreSQL programs as the server's user. Every path and port is passed on the
 * command line, so PG* variables in the environment (PGDATA, PGPORT) change nothing. Outside
 * Windows it runs in a process group of its own, so a terminal's Ctrl-C reaches Cocreate only,
 * which lets an initdb or a pg_ctl under way finish and then stops in order.
 */
export function runAs(file: string, args: string[], user: ServerUser, timeoutMs = 300_000): Promise<void> {
  return new Promise((resolve, reject) => {
    // spawn, not execFile: execFile does not pass `detached` on.
    const child = spawn(file, args, {
      cwd: path.dirname(file),
      windowsHide: true,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(user.uid !== undefined ? { uid: user.uid, gid: user.gid } : {}),
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (output += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (output += d));
    const timer = setTimeout(() => child.kill(), timeoutMs);
    const fail = (why: string) => reject(new ProgramFailed(path.basename(file), output.trim() || why));
    child.once('error', (err) => {
      clearTimeout(timer);
      fail(err.message);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else fail(`${path.basename(file)} ${args.join(' ')}: ended with ${signal ?? `exit code ${code}`}`);
    });
  });
}
