import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { AccountMenu } from '../features/identity/account-menu';
import { useMe } from '../features/identity/session';
import { NotificationBell } from '../features/notifications/notification-bell';

/** The header's account slot: sign in / sign up, or the signed-in person's menu. */
export function AccountArea({ afterSignOut = '/' }: { afterSignOut?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.data) {
    return (
      <Group gap={6} wrap="nowrap">
        <NotificationBell />
        <AccountMenu me={me.data} afterSignOut={afterSignOut} />
      </Group>
    );
  }
  // Come back here after signing in, unless here is an account page itself.
  const onAccountPage = /^\/(sign-in|sign-up|forgot-password|reset-password)$/.test(pathname);
  const next = onAccountPage || pathname === '/' ? '' : `?next=${encodeURIComponent(pathname + search)}`;
  return (
    <Group gap={6} wrap="nowrap">
      <Button component={Link} to={`/sign-in${next}`} variant="default" size="xs">
        {t('portal.signIn')}
      </Button>
      <Button component={Link} to="/sign-up" size="xs" visibleFrom="sm">
        {t('portal.signUp')}
      </Button>
    </Group>
  );
}
