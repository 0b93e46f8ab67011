import { Suspense } from 'react';
import { RouterProvider } from 'react-router-dom';
import { PageFallback } from '../ui/lazy-page';
import { Providers } from './providers';
import { router } from './router';

export function App() {
  return (
    <Providers>
      {/* Around every route: navigations run in a transition, so a page whose code or data is still
          coming keeps the one being left on screen; a first load shows the fallback. */}
      <Suspense fallback={<PageFallback />}>
        <RouterProvider router={router} />
      </Suspense>
    </Providers>
  );
}
