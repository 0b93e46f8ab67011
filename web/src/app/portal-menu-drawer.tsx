import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PortalNav } from './portal-nav';

/** The portal's navigation as a drawer, for narrow screens. */
export function PortalMenuDrawer({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer opened={opened} onClose={onClose} title={t('app.name')} size="xs" hiddenFrom="md">
      <PortalNav vertical onNavigate={onClose} />
    </Drawer>
  );
}
