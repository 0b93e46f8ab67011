import { Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignOut } from '../identity/session';
import type { Me } from '../identity/types';

/** For a signed-in customer who opens the console: what this is, and where to go instead. */
export function NoAccessPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  // Signing out leaves for the console's sign-in page; back would only bring this page again.
  const switchAccount = useSignOut('/console/sign-in', { replace: true });
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
