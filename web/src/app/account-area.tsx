import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The header's account slot: a sign-in link now; identity replaces it with the account menu. */
export function AccountArea() {
  const { t } = useTranslation();
  return (
    <Button component={Link} to="/sign-in" variant="default" size="xs">
      {t('portal.signIn')}
    </Button>
  );
}
