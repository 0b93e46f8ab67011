import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { use } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { loadSignedInArea } from '../../app/account-area';
import { featureConsoleNavNamespaces } from '../../app/feature-routes';
import i18n from '../../i18n/i18n';
import { lazyPage } from '../../ui/lazy-page';
import { meQuery, siteQuery, useMe, useSite } from '../identity/session';
import { isStaff } from '../identity/types';
import { ConsoleHome } from './routes';

// The guard is small and comes with the first script; what it shows is fetched when needed.
const ConsoleLayout = lazyPage(() => import('../../app/console-layout'), 'ConsoleLayout');
const ConsoleBareLayout = lazyPage(() => import('../../app/console-bare-layout'), 'ConsoleBareLayout');
const NoAccessPage = lazyPage(() => import('./no-access-page'), 'NoAccessPage');
const ProblemAlert = lazyPage(() => import('../../ui/problem-alert'), 'ProblemAlert');

const isConsoleHome = (pathname: string) => pathname === '/console' || pathname === '/console/';

let frameReady: Promise<unknown> | undefined;
let frameAndHomeReady: Promise<unknown> | undefined;
// A failed fetch shows up where the page renders (its lazy component retries); waiting ends anyway.
const settled = (work: Promise<unknown>) => work.catch(() => undefined);

/**
 * Fetches the console's frame (with its header's account menu), its sidebar's texts and, on the
 * console's home, the home page: all at once, rather than one after the other, and resolves when
 * all are in. `main.tsx` starts it before the first render on any /console page (those that need
 * no session lead into the console too); the guard waits for it, so the console appears whole
 * instead of frame first, then menu, then page. The promises are kept, so waiting again is free.
 */
export function preloadConsole(pathname: string): Promise<unknown> {
  frameReady ??= settled(
    Promise.all([ConsoleLayout.load(), loadSignedInArea(), i18n.loadNamespaces([...featureConsoleNavNamespaces])]),
  );
  if (!isConsoleHome(pathname)) return frameReady;
  frameAndHomeReady ??= Promise.all([frameReady, settled(ConsoleHome.load())]);
  return frameAndHomeReady;
}

let sessionAsked: Promise<unknown> | undefined;

/**
 * Settles when whether setup is needed and who is signed in are known (or failed: the guard then
 * shows the error); the same promise while they are being asked, as `use` needs.
 */
function sessionKnown(client: QueryClient): Promise<unknown> {
  sessionAsked ??= Promise.allSettled([client.ensureQueryData(siteQuery), client.ensureQueryData(meQuery)]).finally(
    () => (sessionAsked = undefined),
  );
  return sessionAsked;
}

/**
 * The console's door: first-run setup until there is a workspace, then sign-in, then staff only.
 * A signed-in customer gets a page that says so instead of the console.
 */
export function ConsoleGuard() {
  const client = useQueryClient();
  const site = useSite();
  const me = useMe();
  const { pathname, search } = useLocation();
  // Suspends rather than showing an empty screen: on a navigation from the portal, the page being
  // left stays until the console can show; on a first load, the router's fallback shows. The
  // console's code is fetched meanwhile, as main.tsx does when a /console page is loaded.
  if (site.isPending || me.isPending) {
    void preloadConsole(pathname);
    use(sessionKnown(client));
    return null;
  }
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
  // Suspends (the router's fallback, or the page being left, shows) until the console's code is in.
  use(preloadConsole(pathname));
  return <ConsoleLayout me={me.data} />;
}
