import { Anchor, Badge, Group, SimpleGrid, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../ui/api';
import { PageLoader } from '../../../ui/page-loader';
import { IdeasProblem } from '../ideas-problem';
import { ConsolePage, ConsoleSection } from '../../../ui/console-page';
import { StatusBadge } from '../idea-card';
import { ideasKey, useIdea } from '../queries';
import { AnswerForm, EditForm, MergeForm, ModerationForm, OnBehalfForm, StatusForm } from './idea-actions';

/** One idea for staff: the numbers, then status, answer, merge, vote on behalf, moderation and RICE. */
export function IdeaConsolePage() {
  const { t } = useTranslation('ideas');
  const { id } = useParams();
  const idea = useIdea(id);
  const voters = useQuery({
    queryKey: [...ideasKey, 'voters', id],
    queryFn: ({ signal }) => api.get('/ideas/{id}/voters', { params: { id: id! }, signal }),
  });
  if (idea.isPending) return <PageLoader />;
  if (idea.error) return <IdeasProblem error={idea.error} />;
  const d = idea.data;
  return (
    <ConsolePage title={d.title}>
      <Group gap="sm">
        <StatusBadge status={d.status} stage={d.stage} />
        {d.moderation !== 'visible' && <Badge color="grape.9">{t(`staff.moderationState.${d.moderation}`)}</Badge>}
        {d.mergedIntoId && (
          <Anchor component={Link} to={`/console/ideas/${d.mergedIntoId}`}>
            {t('staff.mergedInto')}
          </Anchor>
        )}
        <Anchor component={Link} to={`/ideas/${d.id}`}>
          {t('staff.viewPublic')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Text>
          <b>{d.voteCount}</b> {t('console.col.votes')}
        </Text>
        <Text>
          <b>{d.weightedVotes}</b> {t('console.col.weighted')}
        </Text>
        <Text>
          <b>{d.trending}</b> {t('console.col.trending')}
        </Text>
        <Text>
          <b>{d.rice?.score ?? '—'}</b> RICE
        </Text>
      </SimpleGrid>
      <div className="user-content" dangerouslySetInnerHTML={{ __html: d.bodyHtml }} />
      {!d.mergedIntoId && (
        <>
          <StatusForm idea={d} />
          <AnswerForm idea={d} />
          <MergeForm idea={d} />
          <OnBehalfForm idea={d} />
          <ModerationForm idea={d} />
          <EditForm idea={d} />
        </>
      )}
      <ConsoleSection id="voters" title={t('staff.voters', { count: voters.data?.items.length ?? 0 })}>
        {voters.error && <IdeasProblem error={voters.error} />}
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('staff.voter')}</Table.Th>
                <Table.Th>{t('vote.importance')}</Table.Th>
                <Table.Th>{t('staff.weight')}</Table.Th>
                <Table.Th>{t('staff.addedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {voters.data?.items.map((v) => (
                <Table.Tr key={v.userId}>
                  <Table.Td>
                    {v.displayName}
                    {v.email && ` <${v.email}>`}
                  </Table.Td>
                  <Table.Td>{t(`importance.${v.importance as 'important'}`)}</Table.Td>
                  <Table.Td>×{v.weight}</Table.Td>
                  <Table.Td>{v.onBehalfBy ? `${v.onBehalfBy}: ${v.onBehalfReason ?? ''}` : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </ConsoleSection>
    </ConsolePage>
  );
}
