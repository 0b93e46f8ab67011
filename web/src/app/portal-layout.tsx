import { AppShell, Burger, Drawer, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AccountLanguageSwitcher } from '../features/identity/account-language-switcher';
import { AccountArea } from './account-area';
import { Brand } from './brand';
import { PortalNav } from './portal-nav';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

export function PortalLayout() {
  const { t } = useTranslation();
  const [menuOpened, menu] = useDisclosure(false);
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              hiddenFrom="md"
              size="sm"
              opened={menuOpened}
              onClick={menu.toggle}
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
      </AppShell.Header>
      <Drawer opened={menuOpened} onClose={menu.close} title={t('app.name')} size="xs" hiddenFrom="md">
        <PortalNav vertical onNavigate={menu.close} />
      </Drawer>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
