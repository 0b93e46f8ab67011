import { Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ParticipationCard } from './participation-card';
import { participationForms } from './participation-forms';

export function HomePage() {
  const { t } = useTranslation();
  return (
    <Container size="lg" px={{ base: 0, sm: 'md' }} py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="xs" maw={720} mb="xl">
        <Title order={1} fz={{ base: 28, sm: 40 }} lh={1.25}>
          {t('portal.home.title')}
        </Title>
        <Text size="lg" c="dimmed">
          {t('portal.home.intro')}
        </Text>
      </Stack>
      <section aria-labelledby="participation-heading">
        <Title order={2} id="participation-heading" fz="xl" mb="md">
          {t('portal.home.formsHeading')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
          {participationForms.map((form) => (
            <ParticipationCard key={form.id} form={form} />
          ))}
        </SimpleGrid>
      </section>
    </Container>
  );
}
