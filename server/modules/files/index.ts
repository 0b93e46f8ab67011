import type { CocreateModule } from '../../platform/module.js';
import { filesRoutes } from './routes.js';
import { SWEEP_JOB, sweepUnclaimedJob } from './sweep-unclaimed.js';
import './tables.js';

/** Files: image uploads (type-checked, metadata stripped) that other modules attach to their entities. */
export const filesModule: CocreateModule = {
  name: 'files',
  routes: filesRoutes,
  jobs: [sweepUnclaimedJob],
  schedules: [{ name: 'files-sweep-unclaimed', cron: '17 3 * * *', jobName: SWEEP_JOB }],
};

export { claimFiles } from './commands/claim-files.js';
export { presentFile, type FileView } from './presenters.js';
export { listAttachedFiles } from './queries.js';
export type { FilePurpose } from './tables.js';
