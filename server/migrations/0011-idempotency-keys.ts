import { sql, type Kysely } from 'kysely';

// Idempotency-Key on POST (platform/http/idempotency): one row per workspace, caller and key,
// claimed before the handler runs so that concurrent retries have one effect, and keeping the
// first answer for 24 hours. The key itself is never stored (only its hash): it is what decrypts
// the kept body, so the table alone does not disclose answers such as a new API key.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table platform_idempotency_keys (
      workspace_id uuid not null,
      caller text not null,
      key_hash text not null,
      request_hash text not null,
      status text not null default 'running' check (status in ('running', 'done')),
      locked_until timestamptz not null,
      response_status int,
      response_headers jsonb,
      response_body bytea,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      primary key (workspace_id, caller, key_hash)
    );
    create index platform_idempotency_keys_expiry on platform_idempotency_keys (expires_at);
  `.execute(db);
}
