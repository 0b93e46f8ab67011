import type { Insertable, Kysely, SelectQueryBuilder, UpdateQueryBuilder, DeleteQueryBuilder, InsertQueryBuilder, InsertResult, UpdateResult, DeleteResult } from 'kysely';
import type { Database } from './schema.js';

/** Tables that belong to a workspace (they have a workspace_id column). */
export type TenantTable = {
  [K in keyof Database]: Database[K] extends { workspace_id: string } ? K : never;
}[keyof Database];

type TenantRow<T extends TenantTable> = Omit<Insertable<Database[T]>, 'workspace_id'>;

export interface TenantScope {
  readonly workspaceId: string;
  selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, object>;
  updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult>;
  deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult>;
  insertInto<T extends TenantTable>(
    table: T,
    rows: TenantRow<T> | TenantRow<T>[],
  ): InsertQueryBuilder<Database, T, InsertResult>;
}

/**
 * The easy path for tenant data: every statement built through the scope is filtered on (or
 * stamped with) the workspace, so forgetting the filter is not possible through it.
 */
export function tenant(db: Kysely<Database>, workspaceId: string): TenantScope {
  // Kysely cannot type a column reference on a generic table name; the casts stay in here.
  /* eslint-disable @typescript-eslint/no-explicit-any */
  const col = (table: string) => `${table}.workspace_id` as any;
  return {
    workspaceId,
    selectFrom: (table) => (db.selectFrom(table) as any).where(col(table), '=', workspaceId),
    updateTable: (table) => (db.updateTable(table) as any).where(col(table), '=', workspaceId),
    deleteFrom: (table) => (db.deleteFrom(table) as any).where(col(table), '=', workspaceId),
    insertInto: (table, rows) => {
      const stamped = (Array.isArray(rows) ? rows : [rows]).map((r) => ({ ...r, workspace_id: workspaceId }));
      return (db.insertInto(table) as any).values(stamped);
    },
  };
  /* eslint-enable @typescript-eslint/no-explicit-any */
}
