import { Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { portalNavItems } from './nav-items';
import classes from './portal-nav.module.css';

interface PortalNavProps {
  /** Column layout is used inside the mobile drawer. */
  vertical?: boolean;
  onNavigate?: () => void;
}

export function PortalNav({ vertical = false, onNavigate }: PortalNavProps) {
  const { t } = useTranslation();
  const Layout = vertical ? Stack : Group;
  return (
    <nav aria-label={t('portal.navLabel')}>
      <Layout gap={4} wrap="nowrap">
        {portalNavItems.map((item) => (
          <NavLink key={item.to} to={item.to} end={item.end} className={classes.link} onClick={onNavigate}>
            {t(item.labelKey)}
          </NavLink>
        ))}
      </Layout>
    </nav>
  );
}
