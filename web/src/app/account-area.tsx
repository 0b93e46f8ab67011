import { Button, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../features/identity/session';
import { lazyPage } from '../ui/lazy-page';

// A visitor's first screen needs only the sign-in buttons; the menu and the bell (with their
// popover code and the notifications texts) are fetched once someone is signed in.
const SignedInArea = lazyPage(() => import('./signed-in-area'), 'SignedInArea');

/** Starts fetching the signed-in header's code where someone is known to be signed in (the console). */
export const preloadSignedInArea = SignedInArea.preload;

/** The header's account slot: sign in / sign up, or the signed-in person's menu. */
export function AccountArea({ afterSignOut = '/' }: { afterSignOut?: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname, search } = useLocation();
  if (me.data) {
    return (
      <Suspense fallback={null}>
        <SignedInArea me={me.data} afterSignOut={afterSignOut} />
      </Suspense>
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
