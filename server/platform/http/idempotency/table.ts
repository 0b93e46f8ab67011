import type { ColumnType } from 'kysely';

/** platform_idempotency_keys (migration 0011): the claim and first answer of each Idempotency-Key. */
export interface IdempotencyKeysTable {
  workspace_id: string;
  /** `user:<id>` or `key:<api key id>`. */
  caller: string;
  /** SHA-256 of the key: the key itself decrypts the kept body and is never stored. */
  key_hash: string;
  /** SHA-256 of method, path and query, caller and body. */
  request_hash: string;
  status: ColumnType<'running' | 'done', 'running' | 'done' | undefined, 'running' | 'done'>;
  locked_until: ColumnType<Date, Date | string, Date | string>;
  response_status: number | null;
  response_headers: ColumnType<Record<string, string> | null, string | null, string | null>;
  response_body: ColumnType<Buffer | null, never, Buffer>;
  created_at: ColumnType<Date, never, never>;
  expires_at: ColumnType<Date, Date | string, Date | string>;
}

declare module '../../db/schema.js' {
  interface Database {
    platform_idempotency_keys: IdempotencyKeysTable;
  }
}
