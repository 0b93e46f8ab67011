import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../ui/api';
import { ConfirmAction } from '../../ui/confirm-action';
import { useSessionChange } from './session';

export function SignOutEverywhere() {
  const { t } = useTranslation();
  const session = useSessionChange();
  const navigate = useNavigate();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="sessions-heading">
      <Stack gap="sm" align="flex-start">
        <Title order={2} id="sessions-heading" fz="lg">
          {t('account.sessions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('account.sessions.text')}
        </Text>
        <ConfirmAction
          label={t('account.sessions.signOutEverywhere')}
          title={t('account.sessions.confirmTitle')}
          message={t('account.sessions.confirmText')}
          confirmLabel={t('account.sessions.signOutEverywhere')}
          buttonProps={{ size: 'sm' }}
          onConfirm={async () => {
            await api.post('/auth/sign-out-everywhere');
            // Leave first, or the profile page would redirect with itself as `next`.
            await navigate('/sign-in', { replace: true, flushSync: true });
            session.signedOut();
          }}
        />
      </Stack>
    </Paper>
  );
}
