import { AppShell, Group, Text } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { AccountLanguageSwitcher } from '../features/identity/account-language-switcher';
import { PageFallback } from '../ui/lazy-page';
import { Brand } from './brand';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

/** The console's frame before there is a console to show: setup, sign-in, invitations, no access. */
export function ConsoleBareLayout({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Brand to="/" />
            <Text fw={600} c="dimmed" visibleFrom="xs">
              {t('console.title')}
            </Text>
          </Group>
          <AccountLanguageSwitcher />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Suspense fallback={<PageFallback />}>{children ?? <Outlet />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
