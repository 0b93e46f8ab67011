import type { JobDefinition } from '../../jobs/types.js';
import type { RecurringJob } from '../../jobs/schedule.js';
import { sweepExpiredKeys } from './store.js';

export const IDEMPOTENCY_SWEEP_JOB = 'platform.idempotency.sweep';

/** Deletes Idempotency-Keys (and their kept answers) past their 24 hours. */
export const idempotencySweepJob: JobDefinition = {
  name: IDEMPOTENCY_SWEEP_JOB,
  async handle(_payload, context) {
    const deleted = await sweepExpiredKeys(context.db);
    context.logger.info({ deleted }, 'expired idempotency keys deleted');
  },
};

/** Once a day, at a quiet hour (UTC). */
export const idempotencySweepSchedule: RecurringJob = {
  name: IDEMPOTENCY_SWEEP_JOB,
  cron: '17 3 * * *',
  jobName: IDEMPOTENCY_SWEEP_JOB,
};
