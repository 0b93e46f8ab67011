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
 * and call `notify(tx, …)` in the transaction of the act people should hear about.
 */
export const notificationsModule: CocreateModule = { name: 'notifications', routes };

export { notify, type NotifyInput } from './notify.js';
export {
  registerNotificationKind,
  registerEmailCategory,
  toLocale,
  type NotificationKind,
  type NotificationLocale,
  type EmailCategory,
  type RenderedNotification,
} from './kinds.js';
