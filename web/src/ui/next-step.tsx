import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The way on from a page that has said how something went: its main link, then back home. */
export function NextStep({ to, label }: { to: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button component={Link} to={to}>
        {label}
      </Button>
      <Button component={Link} to="/" variant="default">
        {t('common.backHome')}
      </Button>
    </Group>
  );
}
