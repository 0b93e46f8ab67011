import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NextStep } from '../../ui/next-step';
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
      <NextStep to="/sign-in" label={t('auth.checkMail.signIn')} />
    </AuthCard>
  );
}
