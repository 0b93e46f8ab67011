import { Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ProblemAlert } from '../../ui/problem-alert';

/** Sends the verification mail again, and says so. */
export function ResendVerification() {
  const { t } = useTranslation();
  const resend = useMutation({ mutationFn: () => api.post('/auth/resend-verification') });
  return (
    <>
      <Group gap="sm">
        <Button variant="light" size="xs" loading={resend.isPending} onClick={() => resend.mutate()}>
          {t('account.verification.resend')}
        </Button>
        <Text size="sm" role="status">
          {resend.isSuccess ? t('account.verification.sent') : ''}
        </Text>
      </Group>
      {resend.isError && <ProblemAlert error={resend.error} />}
    </>
  );
}
