import type { FastifyInstance, onRequestHookHandler } from 'fastify';

const budgets = new WeakMap<object, onRequestHookHandler>();

/**
 * The one rate limiter behind sign-in, sign-up, password reset, sign-in links and account
 * linking: a single counter per client address across all of them, as the README promises.
 * (A `groupId` on each route's own limit would not do: the plugin gives every route its own
 * store, so the routes would still count apart.) One limiter per app, whichever plugin asks.
 */
export function authBudget(app: FastifyInstance): onRequestHookHandler {
  let budget = budgets.get(app.platform);
  if (!budget) {
    budget = app.rateLimit({ max: app.platform.config.AUTH_RATE_LIMIT_PER_MINUTE, timeWindow: '1 minute' });
    budgets.set(app.platform, budget);
  }
  return budget;
}
