import { Anchor, Card, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../ui/api';
import { PageLoader } from '../../ui/page-loader';
import { IdeasProblem } from './ideas-problem';
import { ideasKey } from './queries';

/** The public roadmap: planned, in progress, shipped. */
export function RoadmapPage() {
  const { t } = useTranslation('ideas');
  const roadmap = useQuery({
    queryKey: [...ideasKey, 'roadmap'],
    queryFn: ({ signal }) => api.get('/ideas/roadmap', { signal }),
  });
  return (
    <Container size="lg" px={{ base: 0, sm: 'md' }} py="md">
      <Stack gap="md">
        <Title order={1} fz={{ base: 24, sm: 32 }}>
          {t('roadmap.title')}
        </Title>
        <Text c="dimmed">{t('roadmap.intro')}</Text>
        {roadmap.isPending && <PageLoader />}
        {roadmap.error && <IdeasProblem error={roadmap.error} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {roadmap.data?.columns.map((col) => (
            <Stack key={col.stage} component="section" aria-labelledby={`col-${col.stage}`} gap="xs">
              <Title order={2} fz="lg" id={`col-${col.stage}`}>
                {t(`roadmap.${col.stage}`)}
              </Title>
              {col.items.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('roadmap.empty')}
                </Text>
              )}
              {col.items.map((i) => (
                <Card key={i.id} withBorder padding="sm">
                  <Anchor component={Link} to={`/ideas/${i.id}`} fw={600}>
                    {i.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('vote.count', { count: i.voteCount })}
                  </Text>
                </Card>
              ))}
            </Stack>
          ))}
        </SimpleGrid>
      </Stack>
    </Container>
  );
}
