import type { WorkerContext } from '../worker-context.js';

/** What a job's handler is given: the worker's context (database, settings, logger, storage) and which run this is. */
export interface JobContext extends WorkerContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
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
