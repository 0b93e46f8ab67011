import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../ui/api';
import { useSessionChange } from '../identity/session';
import type { Me } from '../identity/types';

/** For a signed-in customer who opens the console: what this is, and where to go instead. */
export function NoAccessPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useSessionChange();
  const switchAccount = useMutation({
    mutationFn: () => api.post('/auth/sign-out'),
    onSettled: () => {
      // Leave first: signed out here, the console's guard would redirect on its own.
      void Promise.resolve(navigate('/console/sign-in', { replace: true, flushSync: true })).then(session.signedOut);
    },
  });
  return (
    <Container size="sm" px={0} py="xl">
      <Stack align="flex-start">
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('console.noAccess.title')}
        </Title>
        <Text>{t('console.noAccess.text', { name: me.user.displayName, workspace: me.workspace.name })}</Text>
        <Text c="dimmed">{t('console.noAccess.hint')}</Text>
        <Group>
          <Button component={Link} to="/">
            {t('console.noAccess.portal')}
          </Button>
          <Button variant="default" loading={switchAccount.isPending} onClick={() => switchAccount.mutate()}>
            {t('console.noAccess.switchAccount')}
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
