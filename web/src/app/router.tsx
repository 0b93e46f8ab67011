import { createBrowserRouter } from 'react-router-dom';
import { ConsoleGuard } from '../features/console/console-guard';
import { HomePage } from '../features/portal/home-page';
import { ConsoleBareLayout } from './console-bare-layout';
import { featureConsoleEntryRoutes, featureConsoleRoutes, featurePortalRoutes } from './feature-routes';
import { NotFoundPage } from './not-found-page';
import { PortalLayout } from './portal-layout';

// Modules add their pages in web/src/features/<module>/routes.tsx (gathered in feature-routes.ts);
// the catch-all stays last.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      ...featurePortalRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/console',
    children: [
      // Reachable without a staff session: first run, sign-in, joining by invitation.
      { element: <ConsoleBareLayout />, children: featureConsoleEntryRoutes },
      // Everything else: the guard sends to setup or sign-in, or shows the no-access page.
      {
        element: <ConsoleGuard />,
        children: [...featureConsoleRoutes, { path: '*', element: <NotFoundPage home="/console" /> }],
      },
    ],
  },
]);
