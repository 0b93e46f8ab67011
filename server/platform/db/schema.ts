import type { ColumnType, Generated } from 'kysely';

/** JSON stored in a jsonb column. */
export type Json = ColumnType<unknown, string, string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

export interface PlatformEventsTable {
  id: Generated<string>;
  txid: Generated<string>;
  event_id: string;
  name: string;
  version: number;
  workspace_id: string | null;
  actor_id: string | null;
  customer_id: string | null;
  touchpoint: string | null;
  payload: Json;
  occurred_at: CreatedAt;
}

export interface PlatformEventCheckpointsTable {
  subscriber: string;
  last_txid: ColumnType<string, string | undefined, string>;
  last_id: ColumnType<string, string | undefined, string>;
  attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  retry_at: Timestamp | null;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'dead';

export interface PlatformJobsTable {
  id: string;
  name: string;
  payload: Json;
  workspace_id: string | null;
  status: ColumnType<JobStatus, JobStatus | undefined, JobStatus>;
  run_at: ColumnType<Date, Date | string | undefined, Date | string>;
  attempts: ColumnType<number, number | undefined, number>;
  max_attempts: ColumnType<number, number | undefined, number>;
  last_error: string | null;
  locked_until: Timestamp | null;
  singleton_key: string | null;
  created_at: CreatedAt;
  finished_at: Timestamp | null;
}

export interface PlatformSchedulesTable {
  name: string;
  cron: string;
  job_name: string;
  payload: Json;
  next_run_at: Timestamp;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/**
 * The typed database. Modules add their tables by declaration merging:
 * `declare module '../../platform/db/schema.js' { interface Database { ideas: IdeasTable } }`.
 */
export interface Database {
  platform_events: PlatformEventsTable;
  platform_event_checkpoints: PlatformEventCheckpointsTable;
  platform_jobs: PlatformJobsTable;
  platform_schedules: PlatformSchedulesTable;
}
