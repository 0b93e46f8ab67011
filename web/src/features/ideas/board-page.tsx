import { Button, Container, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoader } from '../../ui/page-loader';
import { IdeasProblem } from './ideas-problem';
import { BoardRules } from './board-rules';
import { IdeaCard } from './idea-card';
import { useBoard, useIdeaList, useStatuses, useStatusName } from './queries';

/** A board: its rules, and its ideas by trending, top or newest, filtered by status, tag or text. */
export function BoardPage() {
  const { t } = useTranslation('ideas');
  const { slug } = useParams();
  const board = useBoard(slug);
  const statuses = useStatuses();
  const statusName = useStatusName();
  const [sort, setSort] = useState<'trending' | 'top' | 'new'>('trending');
  const [status, setStatus] = useState<string | null>(null);
  const [tag, setTag] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const list = useIdeaList({ board: slug, sort, status, tag, q });
  if (board.isPending) return <PageLoader />;
  if (board.error) return <IdeasProblem error={board.error} />;
  const b = board.data;
  return (
    <Container size="md" px={{ base: 0, sm: 'md' }} py="md">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 24, sm: 32 }}>
            {b.name}
          </Title>
          {b.description && <Text c="dimmed">{b.description}</Text>}
        </Stack>
        <BoardRules board={b} />
        <Group>
          <Button component={Link} to={`/ideas/new?board=${b.slug}`}>
            {t('home.submit')}
          </Button>
        </Group>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <SegmentedControl
            aria-label={t('list.sort')}
            value={sort}
            onChange={(v) => setSort(v as typeof sort)}
            data={[
              { value: 'trending', label: t('list.trending') },
              { value: 'top', label: t('list.top') },
              { value: 'new', label: t('list.new') },
            ]}
          />
          <Select
            label={t('list.status')}
            clearable
            placeholder={t('list.all')}
            value={status}
            onChange={setStatus}
            w={160}
            data={(statuses.data?.items ?? []).map((s) => ({ value: s.key, label: statusName(s.key) }))}
          />
          {b.tags.length > 0 && (
            <Select
              label={t('list.tag')}
              clearable
              placeholder={t('list.all')}
              value={tag}
              onChange={setTag}
              w={160}
              data={b.tags}
            />
          )}
          <TextInput
            label={t('list.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={{ base: '100%', sm: 220 }}
            type="search"
          />
        </Group>
        {list.error && <IdeasProblem error={list.error} />}
        {list.isPending && <PageLoader />}
        {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('list.empty')}</Text>}
        <Stack gap="sm" aria-live="polite">
          {list.data?.items.map((idea) => (
            <IdeaCard key={idea.id} idea={idea} importanceEnabled={b.importanceEnabled} />
          ))}
        </Stack>
      </Stack>
    </Container>
  );
}
