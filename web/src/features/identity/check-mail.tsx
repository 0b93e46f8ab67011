import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AuthCard } from './auth-card';
import { FocusMessage } from './focus-message';

/** After sign-up: the account exists and is signed in; the address still needs confirming. */
export function CheckMail({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('auth.checkMail.title')}>
      <FocusMessage text={t('auth.checkMail.text', { email })} />
      <Text c="dimmed" size="sm">
        {t('auth.checkMail.hint')}
      </Text>
      <Group>
        <Button component={Link} to="/profile">
          {t('auth.checkMail.profile')}
        </Button>
        <Button component={Link} to="/" variant="default">
          {t('common.backHome')}
        </Button>
      </Group>
    </AuthCard>
  );
}
