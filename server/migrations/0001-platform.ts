import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    create table platform_events (
      id bigint generated always as identity primary key,
      -- the writing transaction: the dispatcher reads only transactions older than every running
      -- one, so an event committed late never slips behind a checkpoint
      txid xid8 not null default pg_current_xact_id(),
      event_id uuid not null unique,
      name text not null,
      version int not null,
      workspace_id uuid,
      actor_id uuid,
      customer_id uuid,
      touchpoint text,
      payload jsonb not null,
      occurred_at timestamptz not null default now()
    );
    create index platform_events_position on platform_events (txid, id);

    create table platform_event_checkpoints (
      subscriber text primary key,
      last_txid xid8 not null default '0',
      last_id bigint not null default 0,
      attempts int not null default 0,
      last_error text,
      retry_at timestamptz,
      updated_at timestamptz not null default now()
    );

    create table platform_jobs (
      id uuid primary key,
      name text not null,
      payload jsonb not null,
      workspace_id uuid,
      status text not null default 'queued' check (status in ('queued', 'running', 'done', 'dead')),
      run_at timestamptz not null default now(),
      attempts int not null default 0,
      max_attempts int not null default 5,
      last_error text,
      locked_until timestamptz,
      singleton_key text,
      created_at timestamptz not null default now(),
      finished_at timestamptz
    );
    create index platform_jobs_due on platform_jobs (run_at) where status = 'queued';
    create index platform_jobs_stalled on platform_jobs (locked_until) where status = 'running';
    create index platform_jobs_dead on platform_jobs (finished_at desc) where status = 'dead';
    create unique index platform_jobs_singleton on platform_jobs (name, singleton_key)
      where singleton_key is not null and status in ('queued', 'running');

    create table platform_schedules (
      name text primary key,
      cron text not null,
      job_name text not null,
      payload jsonb not null,
      next_run_at timestamptz not null,
      updated_at timestamptz not null default now()
    );
  `.execute(db);
}
