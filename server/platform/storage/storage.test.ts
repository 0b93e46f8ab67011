import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryStorage } from './index.js';

const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-storage-')), 'uploads');
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('directory storage', () => {
  it('keeps what it writes from other local users', async () => {
    const storage = directoryStorage(root);
    await storage.put('ws/2026/receipt.jpg', Buffer.from('private'));
    expect(fs.statSync(root).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(root, 'ws', '2026')).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(root, 'ws', '2026', 'receipt.jpg')).mode & 0o777).toBe(0o600);
    expect((await storage.get('ws/2026/receipt.jpg'))?.toString()).toBe('private');
  });
});
