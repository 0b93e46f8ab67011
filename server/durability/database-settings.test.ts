import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../platform/db/index.js';
import { createPostgresDatabase, testDbKind } from '../test-support/db.js';

// What docs/operations.md ("What Cocreate promises") says about each database's durability
// settings, checked against the database itself so the document cannot drift from it.

const SETTINGS = ['fsync', 'synchronous_commit', 'full_page_writes'] as const;

async function settingsOf(query: (text: string) => Promise<string>): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  for (const name of SETTINGS) values[name] = await query(`show ${name}`);
  return values;
}

describe('durability settings', () => {
  it(
    testDbKind === 'pglite'
      ? 'PGlite commits to the operating system without fsync'
      : "on PostgreSQL Cocreate keeps the server's own settings",
    async () => {
      if (testDbKind === 'pglite') {
        const database = await openDatabase({
          dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-settings-')),
          engine: 'pglite',
        });
        try {
          const values = await settingsOf(
            async (text) =>
              Object.values((await sql.raw<Record<string, string>>(text).execute(database.db)).rows[0]!)[0]!,
          );
          expect(values).toEqual({ fsync: 'off', synchronous_commit: 'on', full_page_writes: 'on' });
        } finally {
          await database.close();
        }
        return;
      }
      const target = await createPostgresDatabase();
      const database = await openDatabase({ url: target.url, poolSize: 1 });
      const plain = new pg.Client({ connectionString: target.url });
      await plain.connect();
      try {
        const throughCocreate = await settingsOf(
          async (text) =>
            Object.values((await sql.raw<Record<string, string>>(text).execute(database.db)).rows[0]!)[0]!,
        );
        const ofTheServer = await settingsOf(
          async (text) => Object.values((await plain.query<Record<string, string>>(text)).rows[0]!)[0]!,
        );
        expect(throughCocreate).toEqual(ofTheServer);
      } finally {
        await plain.end();
        await database.close();
        await target.drop();
      }
    },
  );

  it.runIf(testDbKind === 'pglite')("the embedded PostgreSQL server keeps PostgreSQL's durable defaults", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-settings-'));
    const database = await openDatabase({ dataDir });
    try {
      const values = await settingsOf(
        async (text) => Object.values((await sql.raw<Record<string, string>>(text).execute(database.db)).rows[0]!)[0]!,
      );
      expect(values).toEqual({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' });
    } finally {
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
