import type { FastifyPluginAsync } from 'fastify';
import type { CocreateModule } from '../../platform/module.js';
import { notificationRoutes } from './routes.js';
import './tables.js';

const routes: FastifyPluginAsync = async (app) => {
  await app.register(notificationRoutes);
};

/**
 * Notifications: the in-app list with its unread count, email preferences per category and
 * signed unsubscribe links. Other modules register their kinds (with zh-CN and en templates)
 * and call `notify(tx, …)` from a subscriber to the event people should hear about, passing the
 * event's id so that a redelivered event tells no one twice (or, for a notice that must exist
 * with the act itself, in the act's transaction).
 */
export const notificationsModule: CocreateModule = { name: 'notifications', routes };

export { notify, type NotifyInput } from './commands/notify.js';
export {
  registerNotificationKind,
  registerEmailCategory,
  toLocale,
  type NotificationKind,
  type NotificationLocale,
  type EmailCategory,
  type RenderedNotification,
} from './kinds.js';
