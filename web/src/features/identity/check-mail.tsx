import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AuthCard } from './auth-card';
import { FocusMessage } from './focus-message';

/**
 * After sign-up. The page cannot say whether an account was made (that would tell anyone who
 * is registered), so it points to the mail, which says.
 */
export function CheckMail({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <AuthCard title={t('auth.checkMail.title')}>
      <FocusMessage text={t('auth.checkMail.text', { email })} />
      <Text c="dimmed" size="sm">
        {t('auth.checkMail.hint')}
      </Text>
      <Group>
        <Button component={Link} to="/sign-in">
          {t('auth.checkMail.signIn')}
        </Button>
        <Button component={Link} to="/" variant="default">
          {t('common.backHome')}
        </Button>
      </Group>
    </AuthCard>
  );
}
