import { Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AccountLanguageSwitcher } from '../features/identity/account-language-switcher';
import { lazyPage, PageFallback } from '../ui/lazy-page';
import { AccountArea } from './account-area';
import { Brand } from './brand';
import classes from './portal-layout.module.css';
import { PortalNav } from './portal-nav';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

// The drawer (and the modal code under it) is fetched when the menu is first opened.
const PortalMenuDrawer = lazyPage(() => import('./portal-menu-drawer'), 'PortalMenuDrawer');

export function PortalLayout() {
  const { t } = useTranslation();
  const [menuOpened, menu] = useDisclosure(false);
  const [menuUsed, setMenuUsed] = useState(false);
  return (
    <>
      <SkipLink />
      <header className={classes.header}>
        <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              hiddenFrom="md"
              size="sm"
              opened={menuOpened}
              onClick={() => {
                setMenuUsed(true);
                menu.toggle();
              }}
              aria-expanded={menuOpened}
              aria-label={menuOpened ? t('portal.closeMenu') : t('portal.openMenu')}
            />
            <Brand to="/" />
          </Group>
          <Group visibleFrom="md">
            <PortalNav />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <AccountLanguageSwitcher />
            <AccountArea />
          </Group>
        </Group>
      </header>
      {menuUsed && (
        <Suspense fallback={null}>
          <PortalMenuDrawer opened={menuOpened} onClose={menu.close} />
        </Suspense>
      )}
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}
