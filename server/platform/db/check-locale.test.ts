import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDbKind } from '../../test-support/db.js';
import { openDatabase } from './open-database.js';

describe.runIf(testDbKind === 'postgres')('PostgreSQL locale check', () => {
  it('refuses a database whose LC_CTYPE is not UTF-8 and says how to create one', async () => {
    const adminUrl = process.env.TEST_DATABASE_URL!;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    const name = `cc_latin_${Date.now()}`;
    await admin.query(
      `create database ${name} template template0 encoding 'SQL_ASCII' locale_provider 'libc' lc_ctype 'C' lc_collate 'C'`,
    );
    try {
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await expect(openDatabase({ url: url.toString() })).rejects.toMatchObject({
        code: 'database_locale_unsupported',
        detail: expect.stringContaining("LC_CTYPE 'C.UTF-8'"),
      });
    } finally {
      await admin.query(`drop database ${name}`);
      await admin.end();
    }
  });
});
