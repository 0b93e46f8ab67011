import { Anchor, Badge, Button, Group, Select, Table, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { IdeasProblem } from '../ideas-problem';
import { ConsolePage } from '../../../ui/console-page';
import { StatusBadge } from '../idea-card';
import { ideasKey, useBoards } from '../queries';
import type { QueryOf } from '../../../api/operations';
import type { IdeaSummary } from '../types';

const ideaLink = (i: IdeaSummary) => (
  <Anchor component={Link} to={`/console/ideas/${i.id}`}>
    {i.title}
  </Anchor>
);

function Inbox() {
  const { t, i18n } = useTranslation('ideas');
  const inbox = useQuery({
    queryKey: [...ideasKey, 'inbox'],
    queryFn: ({ signal }) => api.get('/ideas-console/inbox', { signal, query: { limit: 100 } }),
  });
  if (inbox.isPending) return <PageLoader />;
  if (inbox.error) return <IdeasProblem error={inbox.error} />;
  if (inbox.data.items.length === 0) return <Text c="dimmed">{t('console.inboxEmpty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('console.col.idea')}</Table.Th>
            <Table.Th>{t('console.col.status')}</Table.Th>
            <Table.Th>{t('console.col.votes')}</Table.Th>
            <Table.Th>{t('console.col.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inbox.data.items.map((i) => (
            <Table.Tr key={i.id}>
              <Table.Td>
                {ideaLink(i)}{' '}
                {i.moderation === 'pending' && (
                  <Badge color="grape.9" size="sm">
                    {t('console.pending')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={i.status} stage={i.stage} />
              </Table.Td>
              <Table.Td>{i.voteCount}</Table.Td>
              <Table.Td>{formatDateTime(i.createdAt, i18n.language)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type PrioritySort = NonNullable<QueryOf<'get', '/ideas-console/priorities'>['sort']>;

function Priorities() {
  const { t } = useTranslation('ideas');
  const boards = useBoards();
  const [board, setBoard] = useState<string | null>(null);
  const [sort, setSort] = useState<PrioritySort>('weighted');
  const list = useQuery({
    queryKey: [...ideasKey, 'priorities', board, sort],
    queryFn: ({ signal }) =>
      api.get('/ideas-console/priorities', { signal, query: { board: board ?? undefined, sort, limit: 100 } }),
  });
  return (
    <>
      <Group align="flex-end" mb="sm" wrap="wrap">
        <Select
          label={t('console.board')}
          clearable
          placeholder={t('list.all')}
          value={board}
          onChange={setBoard}
          data={(boards.data?.items ?? []).map((b) => ({ value: b.slug, label: b.name }))}
          w={200}
        />
        <Select
          label={t('console.sortBy')}
          value={sort}
          onChange={(v) => v && setSort(v as PrioritySort)}
          allowDeselect={false}
          w={180}
          data={(['weighted', 'votes', 'trending', 'rice', 'newest'] as const).map((v) => ({
            value: v,
            label: t(`console.sort.${v}`),
          }))}
        />
        <Button
          component="a"
          variant="light"
          href={`/api/v1/ideas-console/export.csv${board ? `?board=${encodeURIComponent(board)}` : ''}`}
          download
        >
          {t('console.export')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        {t('console.rule')}
      </Text>
      {list.isPending && <PageLoader />}
      {list.error && <IdeasProblem error={list.error} />}
      {list.data && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.col.idea')}</Table.Th>
                <Table.Th>{t('console.col.votes')}</Table.Th>
                <Table.Th>{t('console.col.weighted')}</Table.Th>
                <Table.Th>{t('console.col.trending')}</Table.Th>
                <Table.Th>{t('console.col.rice')}</Table.Th>
                <Table.Th>{t('console.col.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{ideaLink(i)}</Table.Td>
                  <Table.Td>{i.voteCount}</Table.Td>
                  <Table.Td>{i.weightedVotes}</Table.Td>
                  <Table.Td>{i.trending}</Table.Td>
                  <Table.Td>{i.rice.score ?? '—'}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={i.status} stage={i.stage} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}

function Overdue() {
  const { t } = useTranslation('ideas');
  const overdue = useQuery({
    queryKey: [...ideasKey, 'overdue'],
    queryFn: ({ signal }) => api.get('/ideas-console/overdue', { signal }),
  });
  const stats = useQuery({
    queryKey: [...ideasKey, 'stats'],
    queryFn: ({ signal }) => api.get('/ideas-console/board-stats', { signal }),
  });
  return (
    <>
      <Text fw={600} mb="xs">
        {t('console.responseRates')}
      </Text>
      {stats.error && <IdeasProblem error={stats.error} />}
      {stats.data && (
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.board')}</Table.Th>
                <Table.Th>{t('console.col.ideas')}</Table.Th>
                <Table.Th>{t('console.col.responseRate')}</Table.Th>
                <Table.Th>{t('console.col.median')}</Table.Th>
                <Table.Th>{t('console.col.overdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {stats.data.items.map((b) => (
                <Table.Tr key={b.boardId}>
                  <Table.Td>{b.boardName}</Table.Td>
                  <Table.Td>{b.ideas}</Table.Td>
                  <Table.Td>{b.responseRate === null ? '—' : `${Math.round(b.responseRate * 100)}%`}</Table.Td>
                  <Table.Td>
                    {b.medianHoursToFirstAnswer === null
                      ? '—'
                      : t('console.hours', { count: b.medianHoursToFirstAnswer })}
                  </Table.Td>
                  <Table.Td>{b.overdue}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text fw={600} mt="md" mb="xs">
        {t('console.overdueList')}
      </Text>
      {overdue.data && overdue.data.items.length === 0 && <Text c="dimmed">{t('console.noOverdue')}</Text>}
      {overdue.data?.items.map((i) => (
        <Group key={i.id} gap="xs">
          {ideaLink(i)}
          <Badge color="red.9">{t('console.daysOverdue', { count: i.daysOverdue })}</Badge>
        </Group>
      ))}
    </>
  );
}

/** Staff home for ideas: triage inbox, priorities with export, overdue answers and response rates. */
export function IdeasConsolePage() {
  const { t } = useTranslation('ideas');
  return (
    <ConsolePage title={t('console.title')} intro={t('console.intro')}>
      <Group>
        <Button component={Link} to="/console/ideas/boards" variant="light">
          {t('console.manageBoards')}
        </Button>
      </Group>
      <Tabs defaultValue="inbox" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="inbox">{t('console.tabs.inbox')}</Tabs.Tab>
          <Tabs.Tab value="priorities">{t('console.tabs.priorities')}</Tabs.Tab>
          <Tabs.Tab value="overdue">{t('console.tabs.overdue')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="inbox" pt="md">
          <Inbox />
        </Tabs.Panel>
        <Tabs.Panel value="priorities" pt="md">
          <Priorities />
        </Tabs.Panel>
        <Tabs.Panel value="overdue" pt="md">
          <Overdue />
        </Tabs.Panel>
      </Tabs>
    </ConsolePage>
  );
}
