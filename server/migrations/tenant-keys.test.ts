// The schema half of tenant isolation: every table that belongs to a workspace (a non-null
// workspace_id) has a primary key, and that key and every unique index lead with workspace_id,
// so no row of one workspace can be found or collide by a key of another. The query half (every
// query filters on workspace_id) is held by server/attack/cross-workspace.test.ts.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test-support/db.js';

const database = await createTestDatabase();
afterAll(() => database.close());

interface KeyRow {
  table: string;
  key: string | null;
  primary: boolean | null;
  first_column: string | null;
}

/** Each tenant table with its primary key and unique indexes (a table without any gives one row with key null). */
async function tenantKeys(): Promise<KeyRow[]> {
  const result = await sql<KeyRow>`
    select t.relname as table, i.relname as key, x.indisprimary as primary, a.attname as first_column
      from pg_class t
      join pg_namespace n on n.oid = t.relnamespace and n.nspname = current_schema()
      left join pg_index x on x.indrelid = t.oid and (x.indisunique or x.indisprimary)
      left join pg_class i on i.oid = x.indexrelid
      left join pg_attribute a on a.attrelid = t.oid and a.attnum = x.indkey[0]
     where t.relkind in ('r', 'p')
       and exists (select 1 from pg_attribute w
                    where w.attrelid = t.oid and w.attname = 'workspace_id' and w.attnotnull and not w.attisdropped)
     order by 1, 2`.execute(database.db);
  return result.rows;
}

describe('tenant tables', () => {
  it('each have a primary key, and it and every unique index lead with workspace_id', async () => {
    const keys = await tenantKeys();
    const tables = new Set(keys.map((k) => k.table));
    // The check is about the real schema: the tables of every module are in it.
    for (const table of [
      'users',
      'sessions',
      'files',
      'notifications',
      'ideas',
      'idea_votes',
      'surveys',
      'survey_responses',
      'cases',
      'case_messages',
    ]) {
      expect(tables).toContain(table);
    }
    const withoutPrimaryKey = [...tables].filter((table) => !keys.some((k) => k.table === table && k.primary));
    expect(withoutPrimaryKey).toEqual([]);
    const notLeadingWithWorkspace = keys
      .filter((k) => k.first_column !== 'workspace_id')
      .map((k) => `${k.table}.${k.key}`);
    expect(notLeadingWithWorkspace).toEqual([]);
  });
});
