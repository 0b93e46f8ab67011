import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { testDbKind } from '../../test-support/db.js';
import { spawnTs, waitForOutput } from '../../test-support/spawn.js';
import { discardDataDir } from '../../test-support/data-dir.js';
import { readPostmasterPid } from './embedded-postgres/server-process.js';
import { isAlive } from './process-identity.js';
import { migrateToLatest } from './migrate.js';
import { openDatabase, type DatabaseHandle } from './open-database.js';

// The embedded PostgreSQL server is the same whatever TEST_DB says: these run in the embedded suite only.
const asRoot = process.getuid?.() === 0;
const dirs: string[] = [];
const tempDir = (prefix = 'cocreate-embedded-') => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});
afterAll(() => {
  for (const dir of dirs) discardDataDir(dir);
});

const clusterOf = (dataDir: string) => path.join(dataDir, 'postgres');
const serverPid = (dataDir: string) => readPostmasterPid(clusterOf(dataDir))?.pid;
const one = async <T>(database: DatabaseHandle, query: string) =>
  (await sql.raw<Record<string, T>>(query).execute(database.db)).rows[0]!;

describe.runIf(testDbKind === 'pglite')('embedded PostgreSQL server', () => {
  it('first start creates the cluster: durable, UTF-8, pg_trgm sees Chinese; a restart keeps the data', async () => {
    const dataDir = tempDir();
    const first = await openDatabase({ dataDir });
    try {
      expect(first.kind).toBe('postgres');
      expect(first.summary).toMatch(/^embedded PostgreSQL 18\.\d+ in .*postgres on 127\.0\.0\.1:\d+/);
      expect(await one(first, `show fsync`)).toEqual({ fsync: 'on' });
      expect(
        await one(
          first,
          `select getdatabaseencoding() as e, datctype as c from pg_database where datname = current_database()`,
        ),
      ).toEqual({ e: 'UTF8', c: 'C.UTF-8' });
      await migrateToLatest(first.db, migrations);
      const trigrams = await one<string[]>(first, `select show_trgm('冰箱除霜') as t`);
      expect(trigrams.t!.length).toBeGreaterThan(0);
      const { s } = await one<number>(first, `select similarity('智能冰箱自动除霜', '冰箱除霜') as s`);
      expect(s).toBeGreaterThan(0);
      await sql`create table kept (note text)`.execute(first.db);
      await sql`insert into kept values ('保存')`.execute(first.db);
    } finally {
      await first.close();
    }
    // The last (only) process left: the server is stopped, cleanly.
    expect(serverPid(dataDir)).toBeUndefined();
    const stat = fs.statSync(clusterOf(dataDir));
    expect(stat.mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(dataDir, 'postgres-password')).mode & 0o777).toBe(0o600);
    if (asRoot) {
      expect(stat.uid).toBe(Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })));
      // mkdtemp made the data directory 0700; the server's user was let through (enter, not list).
      expect(fs.statSync(dataDir).mode & 0o777).toBe(0o701);
    }

    const again = await openDatabase({ dataDir });
    try {
      expect((await sql<{ note: string }>`select note from kept`.execute(again.db)).rows).toEqual([{ note: '保存' }]);
    } finally {
      await again.close();
    }
  });

  it('creates a missing data directory readable by its own user only (under root, passable by the server user)', async () => {
    const parent = tempDir();
    fs.chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'srv', 'cocreate');
    await (await openDatabase({ dataDir })).close();
    expect(fs.statSync(dataDir).mode & 0o777).toBe(asRoot ? 0o701 : 0o700);
    expect(fs.statSync(path.dirname(dataDir)).mode & 0o777).toBe(0o777 & ~process.umask());
  });

  it('writes the password file itself, never through a link planted in its place', async () => {
    const dataDir = tempDir();
    const target = path.join(tempDir(), 'planted');
    fs.symlinkSync(target, path.join(dataDir, 'postgres-password'));
    await expect(openDatabase({ dataDir })).rejects.toMatchObject({ code: 'EEXIST' });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('users of one data directory share its server; the last to leave stops it', async () => {
    const dataDir = tempDir();
    const a = await openDatabase({ dataDir, poolSize: 2 });
    const b = await openDatabase({ dataDir, poolSize: 2 });
    const port = (h: DatabaseHandle) => /127\.0\.0\.1:(\d+)/.exec(h.summary ?? '')?.[1];
    expect(port(b)).toBe(port(a));
    const pid = serverPid(dataDir)!;
    await a.close();
    expect(isAlive(pid)).toBe(true);
    expect(await one(b, `select 1 as one`)).toEqual({ one: 1 });
    await b.close();
    expect(serverPid(dataDir)).toBeUndefined();
  });

  it('a server left running by a killed Cocreate is stopped and started afresh on the next start', async () => {
    const dataDir = tempDir();
    const worker = spawnTs('server/main.ts', ['--role=worker'], { COCREATE_DATA_DIR: dataDir });
    children.push(worker.child);
    await waitForOutput(worker, 'Cocreate worker running (embedded PostgreSQL', 90_000);
    worker.child.kill('SIGKILL');
    await worker.exited;
    const orphan = serverPid(dataDir)!;
    expect(isAlive(orphan)).toBe(true);

    const database = await openDatabase({ dataDir });
    try {
      expect(isAlive(orphan)).toBe(false);
      expect(serverPid(dataDir)).not.toBe(orphan);
      expect(await one(database, `select count(*)::int as n from platform_migrations`)).toEqual({
        n: Object.keys(migrations).length,
      });
    } finally {
      await database.close();
    }
  }, 120_000);

  it('a postmaster.pid whose pid now belongs to another program does not block the start', async () => {
    const dataDir = tempDir();
    await (await openDatabase({ dataDir })).close();
    const other = spawn('sleep', ['60'], { stdio: 'ignore' });
    children.push(other);
    const cluster = clusterOf(dataDir);
    fs.writeFileSync(
      path.join(cluster, 'postmaster.pid'),
      `${other.pid}\n${cluster}\n1700000000\n5432\n\n127.0.0.1\n  1 2\nready   \n`,
    );
    const database = await openDatabase({ dataDir });
    try {
      expect(await one(database, `select 1 as one`)).toEqual({ one: 1 });
      expect(serverPid(dataDir)).not.toBe(other.pid);
    } finally {
      await database.close();
    }
  });

  it.runIf(asRoot)('under root, says which path or user keeps the server from running, and how to fix it', async () => {
    const closed = tempDir('cocreate-closed-');
    fs.chmodSync(closed, 0o700);
    await expect(openDatabase({ dataDir: path.join(closed, 'data') })).rejects.toMatchObject({
      code: 'embedded_db_unreachable',
      detail: expect.stringContaining(`${closed} is closed to it (mode 700)`) as string,
    });
    await expect(
      openDatabase({ dataDir: path.join(closed, 'data') }).catch((err: { detail: string }) => err.detail),
    ).resolves.toContain(`chmod o+x ${closed}`);
    await expect(openDatabase({ dataDir: tempDir(), serverUser: 'no-such-user-here' })).rejects.toMatchObject({
      code: 'embedded_db_user_unusable',
    });
    await expect(openDatabase({ dataDir: tempDir(), serverUser: 'root' })).rejects.toMatchObject({
      code: 'embedded_db_user_unusable',
      detail: expect.stringContaining('PostgreSQL refuses to run as root') as string,
    });
  });

  it('refuses a data directory whose PGlite data was not copied over; COCREATE_DB=pglite still opens it', async () => {
    const dataDir = tempDir();
    const lite = await openDatabase({ dataDir, engine: 'pglite' });
    expect(lite.kind).toBe('pglite');
    expect(lite.summary).toContain('fsync off');
    await lite.close();
    await expect(openDatabase({ dataDir })).rejects.toMatchObject({
      code: 'embedded_db_needs_migration',
      detail: expect.stringContaining('npm run migrate-data') as string,
    });
    expect(fs.existsSync(clusterOf(dataDir))).toBe(false);
  });
});
