import type { FastifyPluginAsync } from 'fastify';
import type { CocreateModule } from '../../platform/module.js';
import { demoCases } from './demo.js';
import './permissions.js';
import { configurationRoutes } from './routes/configuration.js';
import { consoleRoutes } from './routes/console.js';
import { portalRoutes } from './routes/portal.js';
import { reportRoutes } from './routes/reports.js';
import { SLA_SCAN_JOB, slaScanJob } from './sla/scan.js';
import './tables.js';

const routes: FastifyPluginAsync = async (app) => {
  // Static paths (/cases/settings, /cases/reports) before /cases/:id is not needed by Fastify's
  // router, but registering configuration first keeps the OpenAPI document in reading order.
  for (const plugin of [portalRoutes, configurationRoutes, reportRoutes, consoleRoutes]) await app.register(plugin);
};

/**
 * Cases: complaints, repair requests and questions, handled as in ISO 10002 (GB/T 19012) with
 * the remedy chosen by the customer, SLA clocks on the workspace's business calendar.
 */
export const casesModule: CocreateModule = {
  name: 'cases',
  routes,
  jobs: [slaScanJob],
  schedules: [{ name: 'cases-sla-scan', cron: '* * * * *', jobName: SLA_SCAN_JOB }],
  demo: demoCases,
};

export { CaseEvents, type CaseResolvedPayload } from './events.js';
export { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from './sla/calendar.js';
