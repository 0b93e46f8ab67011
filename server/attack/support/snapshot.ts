import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';

/**
 * Every row a workspace owns, as text, table by table: each tenant table carries `workspace_id`,
 * so comparing two snapshots shows any change to the workspace's data.
 */
export async function snapshotWorkspace(db: Db, workspaceId: string): Promise<Record<string, string[]>> {
  const tables = await sql<{ table_name: string }>`
    select distinct table_name from information_schema.columns
    where table_schema = 'public' and column_name = 'workspace_id' order by table_name`.execute(db);
  const snapshot: Record<string, string[]> = {};
  for (const { table_name: table } of tables.rows) {
    const rows = await sql<{
      row: string;
    }>`select t::text as row from ${sql.table(table)} t where t.workspace_id = ${workspaceId} order by 1`.execute(db);
    snapshot[table] = rows.rows.map((r) => r.row);
  }
  snapshot.workspaces = (
    await sql<{ row: string }>`select t::text as row from workspaces t where t.id = ${workspaceId}`.execute(db)
  ).rows.map((r) => r.row);
  return snapshot;
}

/** The tables whose rows differ between two snapshots, with the rows that came and went. */
export function snapshotChanges(before: Record<string, string[]>, after: Record<string, string[]>): string[] {
  const changes: string[] = [];
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = new Set(before[table] ?? []);
    const is = new Set(after[table] ?? []);
    const gone = [...was].filter((r) => !is.has(r));
    const came = [...is].filter((r) => !was.has(r));
    if (gone.length || came.length)
      changes.push(
        `${table}: ${gone
          .map((r) => `- ${r.slice(0, 300)}`)
          .concat(came.map((r) => `+ ${r.slice(0, 300)}`))
          .join('\n')}`,
      );
  }
  return changes;
}
