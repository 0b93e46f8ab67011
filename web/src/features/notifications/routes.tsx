import type { RouteObject } from 'react-router-dom';
import { NotificationsPage } from './notifications-page';
import { UnsubscribePage } from './unsubscribe-page';

/** Pages of the notifications module under the portal (/) and the console (/console). */
export const portalRoutes: RouteObject[] = [
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'notifications/unsubscribe', element: <UnsubscribePage /> },
];
export const consoleRoutes: RouteObject[] = [];
