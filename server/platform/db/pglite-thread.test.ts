import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.js';
import type { DatabaseHandle } from './open-database.js';
import { openPglite } from './pglite-open.js';
import { startPgliteThread } from './pglite-thread.js';

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-pglite-'));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('PGlite in a worker thread', () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await openPglite('memory');
  });
  afterAll(async () => {
    await database.close();
  });

  it('leaves the event loop free while PostgreSQL works', async () => {
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 1);
    try {
      const counted = sql<{ n: string }>`select count(*) as n from generate_series(1, 5000000)`.execute(database.db);
      const ticksBefore = ticks;
      const { rows } = await counted;
      expect(rows).toEqual([{ n: '5000000' }]);
      // In the main thread the query would be one synchronous call: no timer could fire during it.
      expect(ticks - ticksBefore).toBeGreaterThanOrEqual(10);
    } finally {
      clearInterval(ticking);
    }
  });

  it('runs the transactions of two pool clients one after the other', async () => {
    await sql`create table counter (n int not null)`.execute(database.db);
    await sql`insert into counter values (0)`.execute(database.db);
    // Read, then write what was read plus one: interleaved transactions would lose increments.
    const increment = () =>
      database.db.transaction().execute(async (tx) => {
        const { rows } = await sql<{ n: number }>`select n from counter`.execute(tx);
        await sql`update counter set n = ${rows[0]!.n + 1}`.execute(tx);
      });
    await Promise.all(Array.from({ length: 20 }, increment));
    expect((await sql<{ n: number }>`select n from counter`.execute(database.db)).rows).toEqual([{ n: 20 }]);

    const order: string[] = [];
    const first = await database.pool.connect();
    await first.query('begin');
    const second = database.pool.connect().then((client) => {
      order.push('second connected');
      return client;
    });
    await first.query('update counter set n = n + 1');
    order.push('first committing');
    await first.query('commit');
    first.release();
    (await second).release();
    expect(order).toEqual(['first committing', 'second connected']);
  });

  it('answers SQL errors as PostgreSQL errors with their codes, and goes on working', async () => {
    await expect(sql`selec 1`.execute(database.db)).rejects.toMatchObject({ code: '42601' });
    await sql`create table uniques (id int primary key)`.execute(database.db);
    await sql`insert into uniques values (1)`.execute(database.db);
    await expect(sql`insert into uniques values (1)`.execute(database.db)).rejects.toMatchObject({
      code: '23505',
      constraint: 'uniques_pkey',
    });
    await expect(
      database.db.transaction().execute(async (tx) => {
        await sql`insert into uniques values (2)`.execute(tx);
        await sql`insert into uniques values (1)`.execute(tx);
      }),
    ).rejects.toMatchObject({ code: '23505' });
    expect((await sql<{ id: number }>`select id from uniques`.execute(database.db)).rows).toEqual([{ id: 1 }]);
  });

  it('starts a connection that replaces a dropped one as a new session', async () => {
    await sql`create table dropped (id int)`.execute(database.db);
    const client = await database.pool.connect();
    await client.query('begin');
    await client.query('insert into dropped values (1)');
    await client.query('set statement_timeout = 12345');
    client.release(true); // an error: the pool drops the connection, its transaction open
    const { rows } = await sql<{ n: string }>`select count(*) as n from dropped`.execute(database.db);
    expect(rows).toEqual([{ n: '0' }]);
    expect((await sql<{ statement_timeout: string }>`show statement_timeout`.execute(database.db)).rows).toEqual([
      { statement_timeout: '0' },
    ]);
  });

  it('loads pg_trgm', async () => {
    await sql`create extension if not exists pg_trgm`.execute(database.db);
    const { rows } = await sql<{
      close: boolean;
    }>`select similarity('co-creation', 'cocreation') > 0.3 as close`.execute(database.db);
    expect(rows).toEqual([{ close: true }]);
  });
});

describe('PGlite on a data directory', () => {
  it('writes its data out on close: opened again, it reads what was written', async () => {
    const dir = tempDir();
    const first = await openPglite(dir);
    await sql`create table kept (note text)`.execute(first.db);
    await sql`insert into kept values ('共创')`.execute(first.db);
    await first.close();
    const again = await openPglite(dir);
    try {
      expect((await sql<{ note: string }>`select note from kept`.execute(again.db)).rows).toEqual([{ note: '共创' }]);
    } finally {
      await again.close();
    }
  });

  it('reports a damaged data directory as an error naming it, and releases the lock', async () => {
    const dir = tempDir();
    await (await openPglite(dir)).close();
    fs.writeFileSync(path.join(dir, 'pgdata', 'global', 'pg_control'), 'not a control file');
    await expect(openPglite(dir)).rejects.toThrow(
      `Cannot open the embedded database (PGlite) in ${path.join(dir, 'pgdata')}`,
    );
    lockDataDir(dir)();
  });
});

describe('a PGlite thread that dies', () => {
  it('fails the query it was running and every later one with the reason', async () => {
    const thread = await startPgliteThread('memory://');
    const pool = new pg.Pool({ stream: () => thread.connect(), user: 'postgres', database: 'postgres', max: 1 });
    pool.on('error', () => {});
    try {
      expect((await pool.query('select 1 as one')).rows).toEqual([{ one: 1 }]);
      const running = pool.query('select count(*) from generate_series(1, 50000000)');
      await thread.worker.terminate();
      await expect(running).rejects.toThrow('The embedded database (PGlite) stopped: its thread exited with code 1');
      await expect(pool.query('select 1')).rejects.toThrow('The embedded database (PGlite) stopped');
      await expect(thread.close()).resolves.toBeUndefined();
    } finally {
      await pool.end();
    }
  });
});
