import { Navigate, useLocation } from 'react-router-dom';
import { ConsoleBareLayout } from '../../app/console-bare-layout';
import { ConsoleLayout } from '../../app/console-layout';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { useMe, useSite } from '../identity/session';
import { isStaff } from '../identity/types';
import { NoAccessPage } from './no-access-page';

/**
 * The console's door: first-run setup until there is a workspace, then sign-in, then staff only.
 * A signed-in customer gets a page that says so instead of the console.
 */
export function ConsoleGuard() {
  const site = useSite();
  const me = useMe();
  const { pathname, search } = useLocation();
  if (site.isPending || me.isPending)
    return (
      <ConsoleBareLayout>
        <PageLoader />
      </ConsoleBareLayout>
    );
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
