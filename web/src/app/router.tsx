import { createBrowserRouter } from 'react-router-dom';
import { ConsoleHome } from '../features/console/console-home';
import { HomePage } from '../features/portal/home-page';
import { ConsoleLayout } from './console-layout';
import { NotFoundPage } from './not-found-page';
import { PortalLayout } from './portal-layout';

// Modules add their pages as children of the portal or console layout, e.g.
// { path: 'ideas', lazy: () => import('../features/ideas/routes') } — keep the catch-all last.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/console',
    element: <ConsoleLayout />,
    children: [
      { index: true, element: <ConsoleHome /> },
      { path: '*', element: <NotFoundPage home="/console" /> },
    ],
  },
]);
