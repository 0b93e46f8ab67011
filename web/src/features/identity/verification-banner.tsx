import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ResendVerification } from './resend-verification';

/** Shown while the account's email is unconfirmed. */
export function VerificationBanner({ email }: { email: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" variant="light" title={t('account.verification.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('account.verification.text', { email })}</Text>
        <ResendVerification />
      </Stack>
    </Alert>
  );
}
