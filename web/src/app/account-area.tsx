import { Button, Group } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useMe } from '../features/identity/session';
import i18n from '../i18n/i18n';
import { lazyPage } from '../ui/lazy-page';

// A visitor's first screen needs only the sign-in buttons; the menu and the bell (with their
// popover code and the notifications texts) are fetched once someone is signed in, together, so
// the bell does not wait for its texts after the menu shows.
const SignedInArea = lazyPage(
  () => Promise.all([import('./signed-in-area'), i18n.loadNamespaces('notifications')]).then(([module]) => module),
  'SignedInArea',
);

/** Fetches the signed-in header's code and texts where someone is known to be signed in (the console). */
export const loadSignedInArea = SignedInArea.load;

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
