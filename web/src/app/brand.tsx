import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export function Brand({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={to} fw={800} fz="xl" underline="never" style={{ whiteSpace: 'nowrap' }}>
      {t('app.name')}
    </Anchor>
  );
}
