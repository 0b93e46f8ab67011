import type { FastifyPluginAsync } from 'fastify';
import type { CocreateModule } from '../../platform/module.js';
import { demoSurveys } from './demo.js';
import './permissions.js';
import { analyticsRoutes } from './routes/analytics.js';
import { answerRoutes } from './routes/answer.js';
import { followupRoutes } from './routes/followups.js';
import { manageRoutes } from './routes/manage.js';
import { widgetRoutes } from './routes/widget.js';
import { defineSurveysArea } from './hot-read-area.js';
import { eventTriggerSubscriber } from './subscribers/event-trigger.js';
import { followupSubscriber } from './subscribers/follow-ups.js';
import { rollupSubscriber } from './subscribers/rollups.js';
import './tables.js';

const routes: FastifyPluginAsync = async (app) => {
  defineSurveysArea(app.hotReads);
  for (const plugin of [manageRoutes, answerRoutes, analyticsRoutes, followupRoutes, widgetRoutes])
    await app.register(plugin);
};

/** Surveys: NPS, CSAT, CES, KANO and custom questionnaires; distribution, the widget, analytics, follow-ups. */
export const surveysModule: CocreateModule = {
  name: 'surveys',
  routes,
  subscribers: [rollupSubscriber, followupSubscriber, eventTriggerSubscriber],
  demo: demoSurveys,
};

export { SurveyEvents, type ResponseCompletedPayload, type DetractorDetectedPayload } from './events.js';
export { SurveyPermissions } from './permissions.js';
