import type { Db } from '../db/open-database.js';
import type { FileStorage } from '../storage/index.js';

export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
  db: Db;
  /** Uploaded files, when the worker was given the storage. */
  storage?: FileStorage;
}

/** A kind of background work. Handlers run outside any transaction and may be retried. */
export interface JobDefinition<P = unknown> {
  name: string;
  handle(payload: P, context: JobContext): Promise<void>;
  /** Runs before the job is dead-lettered; default 5. */
  maxAttempts?: number;
  /** First retry delay; doubles each time, up to maxBackoffMs. Default 5 s. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** After this long a running job is taken to have crashed and is retried. Default 5 min. */
  timeoutMs?: number;
}
