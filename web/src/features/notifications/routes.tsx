import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const NotificationsPage = lazyPage(() => import('./notifications-page'), 'NotificationsPage');
const UnsubscribePage = lazyPage(() => import('./unsubscribe-page'), 'UnsubscribePage');

/** Pages of the notifications module under the portal (/) and the console (/console). */
export const portalRoutes: RouteObject[] = [
  { path: 'notifications', element: <NotificationsPage /> },
  { path: 'notifications/unsubscribe', element: <UnsubscribePage /> },
];
export const consoleRoutes: RouteObject[] = [];
