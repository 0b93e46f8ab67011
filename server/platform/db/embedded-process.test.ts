import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDbKind } from '../../test-support/db.js';
import { spawnTs, waitForOutput } from '../../test-support/spawn.js';

describe.runIf(testDbKind === 'pglite')('embedded database, two processes', () => {
  it('a second process on the same data directory exits with a clear error; the first keeps running', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-two-'));
    const env = { COCREATE_DATA_DIR: dir, PORT: '0' };
    const first = spawnTs('server/main.ts', [], env);
    try {
      await waitForOutput(first, 'running');
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
    const worker = spawnTs('server/main.ts', ['--role=worker'], {
      COCREATE_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-worker-')),
    });
    try {
      await waitForOutput(worker, 'Cocreate worker running (embedded database');
      expect(worker.output()).not.toContain('http://');
    } finally {
      worker.child.kill('SIGTERM');
      await worker.exited;
    }
  }, 120_000);

  it('a bad setting stops the process with a message naming it', async () => {
    const p = spawnTs('server/main.ts', [], { PORT: 'abc', COCREATE_DATA_DIR: os.tmpdir() });
    expect(await p.exited).toBe(78);
    expect(p.output()).toContain('PORT="abc": expected a number');
  });
});
