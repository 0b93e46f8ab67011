import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { preloadSignedInArea } from '../../app/account-area';
import { featureConsoleNavNamespaces } from '../../app/feature-routes';
import i18n from '../../i18n/i18n';
import { lazyPage, PageFallback } from '../../ui/lazy-page';
import { useMe, useSite } from '../identity/session';
import { isStaff } from '../identity/types';
import { ConsoleHome } from './routes';

// The guard is small and comes with the first script; what it shows is fetched when needed.
const ConsoleLayout = lazyPage(() => import('../../app/console-layout'), 'ConsoleLayout');
const ConsoleBareLayout = lazyPage(() => import('../../app/console-bare-layout'), 'ConsoleBareLayout');
const NoAccessPage = lazyPage(() => import('./no-access-page'), 'NoAccessPage');
const ProblemAlert = lazyPage(() => import('../../ui/problem-alert'), 'ProblemAlert');

const isConsoleHome = (pathname: string) => pathname === '/console' || pathname === '/console/';

/**
 * Starts fetching the console's frame (with its header's account menu), its sidebar's texts and,
 * on the console's home, the home page: all at once, while the session is checked, rather than one
 * after the other. `main.tsx` calls it before the first render on any /console page (those that
 * need no session lead into the console too); the guard calls it again, which costs nothing.
 */
export function preloadConsole(pathname: string): void {
  ConsoleLayout.preload();
  preloadSignedInArea();
  void i18n.loadNamespaces([...featureConsoleNavNamespaces]);
  if (isConsoleHome(pathname)) ConsoleHome.preload();
}

/**
 * The console's door: first-run setup until there is a workspace, then sign-in, then staff only.
 * A signed-in customer gets a page that says so instead of the console.
 */
export function ConsoleGuard() {
  const site = useSite();
  const me = useMe();
  const { pathname, search } = useLocation();
  useEffect(() => preloadConsole(pathname), [pathname]);
  if (site.isPending || me.isPending) return <PageFallback />;
  if (site.isError || me.isError)
    return (
      <ConsoleBareLayout>
        <ProblemAlert error={site.error ?? me.error} />
      </ConsoleBareLayout>
    );
  if (site.data.setupNeeded) return <Navigate to="/console/setup" replace />;
  if (!me.data) return <Navigate to={`/console/sign-in?next=${encodeURIComponent(pathname + search)}`} replace />;
  if (!isStaff(me.data.user.role)) {
    return (
      <ConsoleBareLayout>
        <NoAccessPage me={me.data} />
      </ConsoleBareLayout>
    );
  }
  return <ConsoleLayout me={me.data} />;
}
