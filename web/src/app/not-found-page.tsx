import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** Catch-all page inside a layout; `home` is that area's start page. */
export function NotFoundPage({ home = '/' }: { home?: string }) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl">
      <Stack align="flex-start">
        <Title order={1}>{t('notFound.title')}</Title>
        <Text c="dimmed">{t('notFound.text')}</Text>
        <Button component={Link} to={home}>
          {t('notFound.back')}
        </Button>
      </Stack>
    </Container>
  );
}
