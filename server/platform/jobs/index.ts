export { enqueue, type EnqueueOptions } from './enqueue.js';
export { JobWorker, type WorkerOptions } from './worker.js';
export { upsertSchedule, enqueueDueSchedules, type RecurringJob } from './schedule.js';
export { listJobs, retryDeadJob, countJobs, type JobView } from './admin.js';
export type { JobDefinition, JobContext } from './types.js';
