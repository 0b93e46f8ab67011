import { Anchor, Card, Container, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { IdeasProblem } from './ideas-problem';
import { ideasKey } from './queries';

/** What shipped, newest first, with the team's note. */
export function ChangelogPage() {
  const { t, i18n } = useTranslation('ideas');
  const log = useQuery({
    queryKey: [...ideasKey, 'changelog'],
    queryFn: ({ signal }) => api.get('/ideas/changelog', { signal, query: { limit: 50 } }),
  });
  return (
    <Container size="md" px={{ base: 0, sm: 'md' }} py="md">
      <Stack gap="md">
        <Title order={1} fz={{ base: 24, sm: 32 }}>
          {t('changelog.title')}
        </Title>
        <Text c="dimmed">{t('changelog.intro')}</Text>
        {log.isPending && <PageLoader />}
        {log.error && <IdeasProblem error={log.error} />}
        {log.data && log.data.items.length === 0 && <Text c="dimmed">{t('changelog.empty')}</Text>}
        {log.data?.items.map((i) => (
          <Card key={i.id} withBorder component="article" aria-labelledby={`log-${i.id}`}>
            <Text size="xs" c="dimmed">
              {formatDateTime(i.shippedAt, i18n.language)}
            </Text>
            <Anchor component={Link} to={`/ideas/${i.id}`} fw={600} id={`log-${i.id}`}>
              {i.title}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t('changelog.supporters', { count: i.voteCount })}
            </Text>
            {i.answerHtml && <div className="user-content" dangerouslySetInnerHTML={{ __html: i.answerHtml }} />}
          </Card>
        ))}
      </Stack>
    </Container>
  );
}
