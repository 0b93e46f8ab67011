import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Container,
  Group,
  Image,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { IdeasProblem } from './ideas-problem';
import { useMe } from '../identity/session';
import { Comments } from './comments';
import { StatusBadge } from './idea-card';
import { ideasKey, useBoard, useIdea, useStatusName } from './queries';
import { VoteButton } from './vote-button';

/** One idea: body, images, support and threshold, official answer, history, comments. */
export function IdeaPage() {
  const { t, i18n } = useTranslation('ideas');
  const { id } = useParams();
  const navigate = useNavigate();
  const me = useMe();
  const client = useQueryClient();
  const idea = useIdea(id);
  const board = useBoard(idea.data?.boardSlug);
  const statusName = useStatusName();
  const history = useQuery({
    queryKey: [...ideasKey, 'history', id],
    queryFn: ({ signal }) => api.get('/ideas/{id}/history', { params: { id: id! }, signal }),
  });
  const follow = useMutation({
    mutationFn: (on: boolean) =>
      on
        ? api.put('/ideas/{id}/follow', undefined, { params: { id: id! } })
        : api.delete('/ideas/{id}/follow', { params: { id: id! } }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...ideasKey, 'idea', id] }),
  });
  const merged = idea.data?.mergedIntoId;
  useEffect(() => {
    if (merged) navigate(`/ideas/${merged}`, { replace: true, state: { mergedFrom: id } });
  }, [merged, id, navigate]);
  if (idea.isPending) return <PageLoader />;
  if (idea.error) return <IdeasProblem error={idea.error} />;
  const d = idea.data;
  const closed = d.stage === 'shipped' || d.stage === 'declined' || d.locked;
  const th = d.threshold;
  return (
    <Container size="md" px={{ base: 0, sm: 'md' }} py="md">
      <Stack gap="md">
        <Anchor component={Link} to={`/ideas/boards/${d.boardSlug}`} size="sm">
          ← {d.boardName}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <Title order={1} fz={{ base: 22, sm: 30 }} style={{ wordBreak: 'break-word' }}>
            {d.title}
          </Title>
          <StatusBadge status={d.status} stage={d.stage} />
        </Group>
        <Text size="sm" c="dimmed">
          {t('idea.byline', { name: d.authorName ?? '—', date: formatDateTime(d.createdAt, i18n.language) })}
        </Text>
        {d.moderation === 'pending' && <Alert color="gray">{t('idea.pending')}</Alert>}
        {d.locked && <Alert color="gray">{t('idea.locked')}</Alert>}
        <Group gap="xs">
          {d.tags.map((tag) => (
            <Badge key={tag} variant="outline">
              {tag}
            </Badge>
          ))}
        </Group>
        <div className="user-content" dangerouslySetInnerHTML={{ __html: d.bodyHtml }} />
        {d.images.length > 0 && (
          <SimpleGrid cols={{ base: 2, sm: 3 }}>
            {d.images.map((img, i) => (
              <Image key={img.id} src={img.url} alt={t('idea.image', { n: i + 1 })} radius="sm" />
            ))}
          </SimpleGrid>
        )}
        <Group justify="space-between" wrap="wrap">
          <VoteButton
            ideaId={d.id}
            title={d.title}
            voteCount={d.voteCount}
            myVote={d.myVote}
            importanceEnabled={board.data?.importanceEnabled}
            closed={closed}
          />
          {me.data && (
            <Button
              size="xs"
              variant="default"
              loading={follow.isPending}
              onClick={() => follow.mutate(!d.following)}
              aria-pressed={d.following}
            >
              {d.following ? t('idea.following') : t('idea.follow')}
            </Button>
          )}
        </Group>
        {th.target !== null && (
          <Card withBorder padding="sm" component="section" aria-labelledby="threshold-heading">
            <Text fw={600} size="sm" id="threshold-heading">
              {t('threshold.heading')}
            </Text>
            <Progress
              value={Math.min(100, (th.supporters / th.target) * 100)}
              aria-label={t('threshold.progress', { count: th.supporters, target: th.target })}
              my={6}
            />
            <Text size="sm">{t('threshold.progress', { count: th.supporters, target: th.target })}</Text>
            {th.answerDueAt && (
              <Text size="sm" c={th.overdue ? 'red.9' : undefined}>
                {t(th.overdue ? 'threshold.overdue' : 'threshold.promise', {
                  date: formatDateTime(th.answerDueAt, i18n.language),
                })}
              </Text>
            )}
          </Card>
        )}
        {d.answer && (
          <Card
            withBorder
            padding="md"
            component="section"
            aria-labelledby="answer-heading"
            style={{ borderColor: 'var(--mantine-color-blue-5)' }}
          >
            <Group gap="xs" mb={4}>
              <Badge color="blue.9">{t('answer.badge')}</Badge>
              <Text size="sm" fw={600} id="answer-heading">
                {t('answer.heading', { name: d.answer.authorName ?? '' })}
              </Text>
              <Text size="xs" c="dimmed">
                {formatDateTime(d.answer.at, i18n.language)}
              </Text>
            </Group>
            <div className="user-content" dangerouslySetInnerHTML={{ __html: d.answer.bodyHtml }} />
          </Card>
        )}
        {history.data && history.data.items.length > 0 && (
          <section aria-labelledby="history-heading">
            <Title order={2} fz="lg" id="history-heading" mb="sm">
              {t('history.heading')}
            </Title>
            <Timeline bulletSize={14} lineWidth={2}>
              {history.data.items.map((h) => (
                <Timeline.Item key={h.createdAt + h.toStatus} title={statusName(h.toStatus)}>
                  {h.note && <Text size="sm">{h.note}</Text>}
                  <Text size="xs" c="dimmed">
                    {h.actorLabel === 'system' ? t('history.system') : h.actorLabel} ·{' '}
                    {formatDateTime(h.createdAt, i18n.language)}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </section>
        )}
        <Comments ideaId={d.id} locked={d.locked} />
      </Stack>
    </Container>
  );
}
