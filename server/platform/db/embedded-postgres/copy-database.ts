import { AppError } from '../../errors.js';
import type pg from 'pg';

/** Kysely's bookkeeping of applied migrations: the target has its own, made by migrating it. */
const MIGRATION_TABLES = new Set(['platform_migrations', 'platform_migrations_lock']);
const BATCH_ROWS = 500;

type Queryable = Pick<pg.ClientBase, 'query'>;

export interface CopyReport {
  /** Rows copied, by table. */
  tables: Record<string, number>;
  sequences: number;
}

/** The application's tables (partitions are copied through their parent). */
async function tablesOf(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition order by 1`,
  );
  return rows.map((r) => r.name).filter((name) => !MIGRATION_TABLES.has(name));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The first table of the target that holds rows: a copy goes into an empty database only. */
export async function firstTableWithRows(db: Queryable): Promise<string | undefined> {
  for (const table of await tablesOf(db)) {
    const { rowCount } = await db.query(`select 1 from public.${quote(table)} limit 1`);
    if (rowCount) return table;
  }
  return undefined;
}

/**
 * Copies every row of every application table, and every sequence's position, from `source` to
 * `target`, both migrated to the same version, in one transaction on the target. Rows travel as
 * JSON made by the source (`to_jsonb`) and read by the target (`jsonb_populate_recordset`), so
 * each value is converted by PostgreSQL itself, exactly (microseconds, numerics, arrays, bytea).
 * The target runs with `session_replication_role = replica`, which leaves foreign keys and
 * triggers alone, so tables can be copied in any order. Counts are compared at the end.
 */
export async function copyDatabase(source: pg.PoolClient, target: pg.PoolClient): Promise<CopyReport> {
  const tables = await tablesOf(source);
  const targetTables = new Set(await tablesOf(target));
  const missing = tables.filter((t) => !targetTables.has(t));
  if (missing.length > 0)
    throw new AppError(
      'migrate_data_schema_mismatch',
      500,
      `The target has no table ${missing.join(', ')}; both sides must be migrated to the same version.`,
    );
  const report: CopyReport = { tables: {}, sequences: 0 };
  await source.query('begin isolation level repeatable read read only');
  await target.query('begin');
  try {
    await target.query('set local session_replication_role = replica');
    if (tables.length > 0) await target.query(`truncate ${tables.map((t) => `public.${quote(t)}`).join(', ')}`);
    for (const table of tables) report.tables[table] = await copyTable(source, target, table);
    report.sequences = await copySequences(source, target);
    for (const table of tables) {
      const { rows } = await target.query<{ n: string }>(`select count(*) as n from public.${quote(table)}`);
      if (Number(rows[0]!.n) !== report.tables[table])
        throw new Error(`${table}: ${report.tables[table]} rows read, ${rows[0]!.n} in the target`);
    }
    await target.query('commit');
  } catch (err) {
    await target.query('rollback').catch(() => {});
    throw err;
  } finally {
    await source.query('rollback').catch(() => {});
  }
  return report;
}

async function copyTable(source: pg.PoolClient, target: pg.PoolClient, table: string): Promise<number> {
  // Generated columns are computed again by the target; identity columns keep their values.
  const { rows: columns } = await target.query<{ name: string; identity: string }>(
    `select attname as name, attidentity as identity from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
    [`public.${quote(table)}`],
  );
  const list = columns.map((c) => quote(c.name)).join(', ');
  const overriding = columns.some((c) => c.identity === 'a') ? 'overriding system value' : '';
  const insert = `insert into public.${quote(table)} (${list}) ${overriding}
    select ${list} from jsonb_populate_recordset(null::public.${quote(table)}, $1::jsonb)`;
  await source.query(
    `declare copy_rows no scroll cursor for select to_jsonb(t)::text as row from public.${quote(table)} t`,
  );
  let copied = 0;
  try {
    for (;;) {
      const { rows } = await source.query<{ row: string }>(`fetch ${BATCH_ROWS} from copy_rows`);
      if (rows.length === 0) break;
      await target.query(insert, [`[${rows.map((r) => r.row).join(',')}]`]);
      copied += rows.length;
    }
  } finally {
    await source.query('close copy_rows');
  }
  return copied;
}

async function copySequences(source: pg.PoolClient, target: pg.PoolClient): Promise<number> {
  const { rows } = await source.query<{ name: string; last: string | null }>(
    `select sequencename as name, last_value::text as last from pg_sequences where schemaname = 'public'`,
  );
  let set = 0;
  for (const { name, last } of rows) {
    if (last === null) continue; // never used: the target's starts where the source's does
    await target.query(`select setval($1::regclass, $2::bigint, true)`, [`public.${quote(name)}`, last]);
    set++;
  }
  return set;
}
