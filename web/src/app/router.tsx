import { createBrowserRouter } from 'react-router-dom';
import { ConsoleGuard } from '../features/console/console-guard';
import { HomePage } from '../features/portal/home-page';
import { lazyPage } from '../ui/lazy-page';
import { featureConsoleEntryRoutes, featureConsoleRoutes, featurePortalRoutes } from './feature-routes';
import { NotFoundPage } from './not-found-page';
import { PortalLayout } from './portal-layout';

// The portal's frame and home page come with the first script; every other page, and the
// console's frame, is fetched when first shown (see ui/lazy-page.tsx).
const ConsoleBareLayout = lazyPage(() => import('./console-bare-layout'), 'ConsoleBareLayout');

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
    // No Suspense here: one mounted with the route would show its empty fallback on the way in from
    // the portal; the app's (app.tsx) keeps the portal on screen until the console can show.
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
