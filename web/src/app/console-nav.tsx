import { AppShell, Box, NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { WorkspaceSwitcher } from '../features/console/workspace-switcher';
import { isManager, type Me } from '../features/identity/types';
import { featureConsoleNav, featureConsoleNavNamespaces } from './feature-routes';
import { consoleNavItems } from './nav-items';

interface ConsoleNavProps {
  id: string;
  me: Me;
  /** Collapsed off-screen (mobile): made inert so keyboard and screen readers skip it. */
  offscreen: boolean;
  onNavigate: () => void;
}

export function ConsoleNav({ id, me, offscreen, onNavigate }: ConsoleNavProps) {
  // The modules' link labels are in their namespaces: wait for those texts, not show their keys.
  const { t } = useTranslation(['translation', ...featureConsoleNavNamespaces]);
  const { pathname } = useLocation();
  const isActive = (to: string, end?: boolean) => pathname === to || (!end && pathname.startsWith(`${to}/`));
  const items = [...consoleNavItems, ...featureConsoleNav].filter(
    (item) => !item.managersOnly || isManager(me.user.role),
  );
  return (
    <AppShell.Navbar id={id} p="xs" aria-label={t('console.navLabel')} inert={offscreen}>
      <Box px="xs" pt={4} pb="sm">
        <WorkspaceSwitcher me={me} />
      </Box>
      {items.map((item) => {
        const active = isActive(item.to, item.end);
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.labelKey)}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </AppShell.Navbar>
  );
}
