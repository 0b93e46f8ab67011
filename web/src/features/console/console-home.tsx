import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useMe } from '../identity/session';
import { isManager } from '../identity/types';

const sections = [
  { id: 'settings', to: '/console/settings', managersOnly: true },
  { id: 'members', to: '/console/members', managersOnly: false },
  { id: 'apiKeys', to: '/console/api-keys', managersOnly: true },
  { id: 'auditLog', to: '/console/audit-log', managersOnly: true },
] as const;

export function ConsoleHome() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = isManager(me.data?.user.role);
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('console.home.title')}
        </Title>
        <Text c="dimmed">{t('console.home.intro')}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {sections
          .filter((section) => manager || !section.managersOnly)
          .map((section) => (
            <Card key={section.id} withBorder padding="lg">
              <Anchor component={Link} to={section.to} fw={600} fz="lg">
                {t(`console.nav.${section.id}`)}
              </Anchor>
              <Text size="sm" c="dimmed" mt={4}>
                {t(`console.home.sections.${section.id}`)}
              </Text>
            </Card>
          ))}
      </SimpleGrid>
    </Stack>
  );
}
