import { sql } from 'kysely';
import type { JobDefinition } from '../../platform/jobs/index.js';

export const SWEEP_JOB = 'files.unclaimed.sweep';

/** Deletes uploads nobody attached within a day (abandoned forms), bytes and rows. */
export const sweepUnclaimedJob: JobDefinition = {
  name: SWEEP_JOB,
  async handle(_payload, { db, storage }) {
    const stale = await db
      .deleteFrom('files')
      .where('attached_id', 'is', null)
      .where('created_at', '<', sql<Date>`now() - interval '1 day'`)
      .returning(['storage_key'])
      .execute();
    for (const f of stale) await storage.delete(f.storage_key);
  },
};
