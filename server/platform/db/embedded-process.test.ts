import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../../test-support/db.js';
import { repoRoot, spawnTs, waitForOutput } from '../../test-support/spawn.js';
import { discardDataDir } from '../../test-support/data-dir.js';
import { readPostmasterPid } from './embedded-postgres/server-process.js';
import { isAlive } from './process-identity.js';

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) discardDataDir(dir);
});

describe.runIf(testDbKind === 'pglite')('embedded database, several processes', () => {
  it('web and worker run as two processes on the embedded server; the last to stop stops the server', async () => {
    const dir = tempDir('cocreate-roles-');
    const env = { COCREATE_DATA_DIR: dir, PORT: '0' };
    const web = spawnTs('server/main.ts', ['--role=web'], env);
    const worker = spawnTs('server/main.ts', ['--role=worker'], env);
    try {
      await waitForOutput(web, 'Cocreate web running on http://', 90_000);
      await waitForOutput(worker, 'Cocreate worker running (embedded PostgreSQL', 90_000);
      const serverOf = (output: string) => /embedded PostgreSQL \S+ in (\S+) on (127\.0\.0\.1:\d+)/.exec(output)?.[2];
      expect(serverOf(worker.output())).toBe(serverOf(web.output()));
      const postmaster = readPostmasterPid(path.join(dir, 'postgres'))!;

      web.child.kill('SIGTERM');
      expect(await web.exited).toBe(0);
      expect(isAlive(postmaster.pid)).toBe(true);
      expect(worker.child.exitCode).toBeNull();

      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(isAlive(postmaster.pid)).toBe(false);
      expect(readPostmasterPid(path.join(dir, 'postgres'))).toBeUndefined();
    } finally {
      web.child.kill('SIGKILL');
      worker.child.kill('SIGKILL');
    }
  }, 180_000);

  it('on PGlite a second process on the same data directory exits with a clear error; the first keeps running', async () => {
    const dir = tempDir('cocreate-two-');
    const env = { COCREATE_DATA_DIR: dir, PORT: '0', COCREATE_DB: 'pglite' };
    const first = spawnTs('server/main.ts', [], env);
    try {
      await waitForOutput(first, 'running', 90_000);
      expect(first.output()).toContain('(PGlite in ');
      expect(first.output()).toContain('COCREATE_DB=pglite): fsync off');
      const second = spawnTs('server/main.ts', [], env);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(
        `The data directory ${dir} is in use by another Cocreate process (pid ${first.child.pid})`,
      );
      expect(first.child.exitCode).toBeNull();
    } finally {
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
    }
    expect(fs.existsSync(path.join(dir, 'cocreate.lock'))).toBe(false);
  }, 120_000);

  it('runs the worker role alone, without HTTP', async () => {
    const worker = spawnTs('server/main.ts', ['--role=worker'], { COCREATE_DATA_DIR: tempDir('cocreate-worker-') });
    try {
      await waitForOutput(worker, 'Cocreate worker running (embedded PostgreSQL', 90_000);
      expect(worker.output()).not.toContain('http://');
    } finally {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
  }, 120_000);

  // A terminal's Ctrl-C signals the whole foreground process group: Cocreate and the PostgreSQL
  // program it runs at that moment. Cocreate finishes starting, then stops as it would later.
  it.each([
    { moment: 'initdb runs', file: 'postgres-password' },
    { moment: 'the server starts and the migrations run', file: 'postgres/postmaster.pid' },
  ])(
    'Ctrl-C while $moment on the first start leaves no server behind',
    async ({ file }) => {
      const dir = tempDir('cocreate-ctrl-c-');
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(repoRoot, 'server/main.ts'), '--role=worker'],
        {
          cwd: repoRoot,
          env: { ...process.env, LOG_LEVEL: 'warn', COCREATE_DATA_DIR: dir },
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true, // a process group of its own, as a terminal gives
        },
      );
      let output = '';
      child.stdout.on('data', (d: Buffer) => (output += d.toString()));
      child.stderr.on('data', (d: Buffer) => (output += d.toString()));
      const exited = new Promise<number | string | null>((resolve) =>
        child.on('exit', (code, signal) => resolve(code ?? signal)),
      );
      try {
        while (!fs.existsSync(path.join(dir, file)) && child.exitCode === null)
          await new Promise((r) => setTimeout(r, 5));
        process.kill(-child.pid!, 'SIGINT');
        expect(await exited, output).toBe(0);
        expect(readPostmasterPid(path.join(dir, 'postgres'))).toBeUndefined();
      } finally {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          /* the group has ended */
        }
      }
    },
    120_000,
  );

  it('a bad setting stops the process with a message naming it', async () => {
    const p = spawnTs('server/main.ts', [], { PORT: 'abc', COCREATE_DATA_DIR: os.tmpdir() });
    expect(await p.exited).toBe(78);
    expect(p.output()).toContain('PORT="abc": expected a number');
  });
});
