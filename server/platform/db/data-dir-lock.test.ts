import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-lock-'));

describe('lockDataDir', () => {
  it('refuses a second holder with a clear message', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cocreate.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(/in use by another Cocreate process \(pid \d+\)/);
  });

  it('takes over a lock left by a process that died', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'cocreate.lock'), '999999999');
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'cocreate.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(path.join(dir, 'cocreate.lock'))).toBe(false);
  });
});
