import { Box, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ParticipationForm } from './participation-forms';

export function ParticipationCard({ form }: { form: ParticipationForm }) {
  const { t } = useTranslation();
  const headingId = `participation-${form.id}`;
  return (
    <Card component="article" withBorder shadow="xs" padding="lg" aria-labelledby={headingId}>
      <Card.Section>
        <Box h={6} bg={`${form.color}.5`} aria-hidden />
      </Card.Section>
      <Stack gap="sm" mt="md" h="100%">
        <Title order={3} id={headingId} fz="lg">
          {t(`portal.home.forms.${form.id}.title`)}
        </Title>
        <Text c="dimmed" style={{ flexGrow: 1 }}>
          {t(`portal.home.forms.${form.id}.text`)}
        </Text>
        <Button component={Link} to={form.to} variant="outline" style={{ alignSelf: 'flex-start' }}>
          {t(`portal.home.forms.${form.id}.action`)}
        </Button>
      </Stack>
    </Card>
  );
}
