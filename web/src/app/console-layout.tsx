import { Anchor, AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { AccountLanguageSwitcher } from '../features/identity/account-language-switcher';
import { isManager, type Me } from '../features/identity/types';
import { ManagerContext } from '../ui/console-page';
import { PageFallback } from '../ui/lazy-page';
import { AccountArea } from './account-area';
import { Brand } from './brand';
import { ConsoleNav } from './console-nav';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

/** The signed-in staff member's console: header, sidebar (with the workspace switcher) and page. */
export function ConsoleLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [navOpened, nav] = useDisclosure(false);
  // Below the `sm` breakpoint a collapsed navbar is only moved off-screen; keep it out of tab order.
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              hiddenFrom="sm"
              size="sm"
              opened={navOpened}
              onClick={nav.toggle}
              aria-expanded={navOpened}
              aria-controls="console-nav"
              aria-label={navOpened ? t('console.closeMenu') : t('console.openMenu')}
            />
            <Brand to="/console" />
            <Text fw={600} c="dimmed" visibleFrom="xs">
              {t('console.title')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to="/" size="sm" visibleFrom="md">
              {t('console.viewPortal')}
            </Anchor>
            <AccountLanguageSwitcher />
            <AccountArea afterSignOut="/console/sign-in" />
          </Group>
        </Group>
      </AppShell.Header>
      <ConsoleNav id="console-nav" me={me} offscreen={isMobile === true && !navOpened} onNavigate={nav.close} />
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <ManagerContext.Provider value={isManager(me.user.role)}>
          <Suspense fallback={<PageFallback />}>
            <Outlet />
          </Suspense>
        </ManagerContext.Provider>
      </AppShell.Main>
    </AppShell>
  );
}
