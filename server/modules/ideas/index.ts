import type { FastifyPluginAsync } from 'fastify';
import type { CocreateModule } from '../../platform/module.js';
import { demo } from './demo.js';
import './notification-kinds.js';
import './permissions.js';
import { boardRoutes } from './routes/boards.js';
import { ideaRoutes } from './routes/ideas.js';
import { publicReadRoutes } from './routes/public-reads.js';
import { defineIdeaAreas } from './hot-read-areas.js';
import { staffRoutes } from './routes/staff.js';
import { notifyFollowersSubscriber } from './subscribers/notify-followers.js';
import './tables.js';

const routes: FastifyPluginAsync = async (app) => {
  defineIdeaAreas(app.hotReads);
  for (const plugin of [boardRoutes, publicReadRoutes, ideaRoutes, staffRoutes]) await app.register(plugin);
};

/**
 * Ideas: boards, ideas, votes (budgets, importance, weights), comments, follows, the status
 * workflow with official answers, merges, thresholds, roadmap and changelog. Followers hear about
 * answers, status changes and merges through the module's subscriber, after the request.
 */
export const ideasModule: CocreateModule = { name: 'ideas', routes, subscribers: [notifyFollowersSubscriber], demo };

export { IdeasEvents } from './events.js';
export { TRENDING_HALF_LIFE_HOURS } from './formulas.js';
