import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnTs, waitForOutput, type Spawned } from '../../test-support/spawn.js';
import { lockDataDir } from './data-dir-lock.js';
import { processIdentity } from './process-identity.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-lock-'));
const lockFile = (dir: string) => path.join(dir, 'cocreate.lock');

const children: Spawned['child'][] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

/** A live process that is not Cocreate. */
function sleeper(): number {
  const child = spawn('sleep', ['60'], { stdio: 'ignore' });
  children.push(child);
  return child.pid!;
}

describe('lockDataDir', () => {
  it('refuses a second process while a Cocreate process holds the lock, with a clear message', async () => {
    const dir = tempDir();
    const holder = spawnTs('server/test-support/fixtures/hold-data-dir-lock.ts', [], { FIXTURE_DATA_DIR: dir });
    children.push(holder.child);
    await waitForOutput(holder, 'locked');
    expect(() => lockDataDir(dir)).toThrow(
      `The data directory ${dir} is in use by another Cocreate process (pid ${holder.child.pid}). ` +
        'The embedded database allows one process only',
    );
  });

  it('refuses a lock naming the live process that wrote it', async () => {
    const dir = tempDir();
    const pid = sleeper();
    await new Promise((r) => setTimeout(r, 50));
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, process: processIdentity(pid) }));
    expect(() => lockDataDir(dir)).toThrow(`in use by another Cocreate process (pid ${pid})`);
  });

  it('takes over a lock whose pid now belongs to another process', async () => {
    const dir = tempDir();
    const pid = sleeper();
    await new Promise((r) => setTimeout(r, 50));
    // Written by a process that had this pid before: same pid, another start time (or boot).
    fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, process: `${processIdentity(pid)}-earlier` }));
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toEqual({
      pid: process.pid,
      process: processIdentity(process.pid),
    });
    release();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it.runIf(fs.existsSync('/proc/self/stat'))(
    'takes over a lock whose holder exited but was not reaped yet (a zombie)',
    async () => {
      const dir = tempDir();
      // `sleep 0` exits at once; its parent execs into a `sleep` that never reaps it.
      const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 60'], { stdio: ['ignore', 'pipe', 'ignore'] });
      children.push(parent);
      const pid = Number(
        await new Promise<string>((resolve) => parent.stdout.once('data', (d: Buffer) => resolve(`${d}`))),
      );
      const state = () => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0];
      while (state() !== 'Z') await new Promise((r) => setTimeout(r, 10));
      fs.writeFileSync(lockFile(dir), JSON.stringify({ pid, process: processIdentity(pid) }));
      const release = lockDataDir(dir);
      expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
      release();
    },
  );

  it('creates a missing data directory readable by its own user only, the folders above it as usual', () => {
    const dir = path.join(tempDir(), 'srv', 'cocreate');
    const release = lockDataDir(dir);
    expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.dirname(dir)).mode & 0o777).toBe(0o777 & ~process.umask());
    release();
  });

  it('still refuses an older lock that names only a live pid', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/in use by another Cocreate process \(pid \d+\)/);
  });

  it('takes over a lock left by a process that died', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '999999999');
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
    expect(fs.existsSync(lockFile(dir))).toBe(false);
  });

  it('takes over a lock that cannot be read as one', () => {
    const dir = tempDir();
    fs.writeFileSync(lockFile(dir), '');
    const release = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(lockFile(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });

  it('leaves a lock alone on release once another process has taken it over', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    const other = JSON.stringify({ pid: process.ppid });
    fs.writeFileSync(lockFile(dir), other);
    release();
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toBe(other);
  });
});

describe('processIdentity', () => {
  it('is stable for one process, differs between processes, and is absent for a dead pid', async () => {
    const pid = sleeper();
    await new Promise((r) => setTimeout(r, 50));
    expect(processIdentity(process.pid)).toBeDefined();
    expect(processIdentity(process.pid)).toBe(processIdentity(process.pid));
    expect(processIdentity(pid)).toBeDefined();
    expect(processIdentity(pid)).not.toBe(processIdentity(process.pid));
    expect(processIdentity(999999999)).toBeUndefined();
  });
});
