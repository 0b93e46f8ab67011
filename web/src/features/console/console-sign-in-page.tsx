import { Alert, Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { PageLoader } from '../../ui/page-loader';
import { AuthCard } from '../identity/auth-card';
import { safeRedirect } from '../identity/safe-redirect';
import { useMe, useSite } from '../identity/session';
import { SignInForm } from '../identity/sign-in-form';
import { isStaff } from '../identity/types';

export function ConsoleSignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const site = useSite();
  const me = useMe();
  const next = safeRedirect(params.get('next'));
  const target = next?.startsWith('/console') ? next : '/console';

  if (site.isPending || me.isPending) return <PageLoader />;
  if (site.data?.setupNeeded) return <Navigate to="/console/setup" replace />;
  if (me.data && isStaff(me.data.user.role)) return <Navigate to={target} replace />;

  return (
    <AuthCard title={t('console.signIn.title')} intro={site.data?.workspace?.name}>
      {me.data && (
        <Alert color="yellow" variant="light" title={t('console.signIn.customerTitle')}>
          {t('console.signIn.customerText', { name: me.data.user.displayName })}
        </Alert>
      )}
      <SignInForm onSignedIn={() => navigate(target, { replace: true })} />
      <Text size="sm">
        <Anchor component={Link} to="/forgot-password">
          {t('auth.signIn.forgot')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
