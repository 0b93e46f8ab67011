import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SegmentedControl,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage } from '../../../ui/console-page';
import { useMe } from '../../identity/session';
import { casesKey, useAgents } from '../queries';
import { PriorityBadges, StatusBadge } from '../shared/badges';
import type { BodyOf } from '../../../api/operations';
import type { CaseType, Priority } from '../types';

const VIEWS = ['all', 'mine', 'team', 'unassigned', 'breaching', 'safety', 'resolved'] as const;

/** The agents' queue with views, filters, search and bulk actions. */
export function QueuePage() {
  const { t, i18n } = useTranslation('cases');
  const me = useMe();
  const client = useQueryClient();
  const agents = useAgents();
  const [view, setView] = useState<(typeof VIEWS)[number]>('all');
  const [type, setType] = useState<string | null>(null);
  const [priority, setPriority] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [cursor, setCursor] = useState<string | undefined>();
  const [selected, setSelected] = useState<string[]>([]);
  const [bulkAgent, setBulkAgent] = useState<string | null>(null);
  // The selects offer only the API's values.
  const params = {
    view,
    type: (type ?? undefined) as CaseType | undefined,
    priority: (priority ?? undefined) as Priority | undefined,
    q: q || undefined,
    cursor,
    limit: 50,
  };
  const list = useQuery({
    queryKey: [...casesKey, 'queue', params],
    queryFn: ({ signal }) => api.get('/cases', { signal, query: params }),
  });
  const bulk = useMutation({
    mutationFn: (action: BodyOf<'post', '/cases/bulk'>['action']) =>
      api.post('/cases/bulk', { caseIds: selected, action }),
    onSuccess: () => {
      setSelected([]);
      void client.invalidateQueries({ queryKey: casesKey });
    },
  });
  const items = list.data?.items ?? [];
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <ConsolePage title={t('queue.title')} intro={t('queue.intro')}>
      <Group wrap="wrap">
        <Button component={Link} to="/console/cases/new" variant="light">
          {t('queue.record')}
        </Button>
        <Button component={Link} to="/console/cases/reports" variant="subtle">
          {t('reports.title')}
        </Button>
        <Button component={Link} to="/console/cases/settings" variant="subtle">
          {t('settings.title')}
        </Button>
      </Group>
      <SegmentedControl
        visibleFrom="md"
        value={view}
        onChange={(v) => {
          setView(v as typeof view);
          setCursor(undefined);
        }}
        aria-label={t('queue.views')}
        data={VIEWS.map((v) => ({ value: v, label: t(`queue.view.${v}`) }))}
      />
      <NativeSelect
        hiddenFrom="md"
        label={t('queue.views')}
        value={view}
        onChange={(e) => {
          setView(e.currentTarget.value as typeof view);
          setCursor(undefined);
        }}
        data={VIEWS.map((v) => ({ value: v, label: t(`queue.view.${v}`) }))}
      />
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('queue.search')}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setCursor(undefined);
          }}
          w={220}
        />
        <Select
          label={t('form.type')}
          clearable
          placeholder={t('queue.any')}
          value={type}
          onChange={setType}
          w={150}
          data={(['complaint', 'repair', 'question'] as const).map((k) => ({ value: k, label: t(`type.${k}`) }))}
        />
        <Select
          label={t('assess.priority')}
          clearable
          placeholder={t('queue.any')}
          value={priority}
          onChange={setPriority}
          w={150}
          data={(['urgent', 'high', 'normal', 'low'] as const).map((k) => ({ value: k, label: t(`priority.${k}`) }))}
        />
      </Group>
      {selected.length > 0 && (
        <Group align="flex-end" wrap="wrap" role="group" aria-label={t('bulk.label')}>
          <Text size="sm">{t('bulk.selected', { count: selected.length })}</Text>
          <Button
            size="xs"
            variant="light"
            onClick={() => me.data && bulk.mutate({ kind: 'assign', assigneeId: me.data.user.id })}
          >
            {t('bulk.assignToMe')}
          </Button>
          <Select
            size="xs"
            label={t('bulk.assignTo')}
            value={bulkAgent}
            onChange={(v) => {
              setBulkAgent(v);
              if (v) bulk.mutate({ kind: 'assign', assigneeId: v });
            }}
            data={(agents.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
            w={160}
          />
          <Button size="xs" variant="light" onClick={() => bulk.mutate({ kind: 'priority', priority: 'high' })}>
            {t('bulk.raise')}
          </Button>
          <Button size="xs" variant="light" onClick={() => bulk.mutate({ kind: 'resolve', note: '' })}>
            {t('bulk.resolve')}
          </Button>
        </Group>
      )}
      {bulk.error && <ProblemAlert error={bulk.error} showDetail />}
      {list.isPending && <PageLoader />}
      {list.error && <ProblemAlert error={list.error} />}
      {list.data && items.length === 0 && <Text c="dimmed">{t('queue.empty')}</Text>}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Checkbox
                    aria-label={t('bulk.selectAll')}
                    checked={selected.length === items.length}
                    onChange={(e) => setSelected(e.currentTarget.checked ? items.map((i) => i.id) : [])}
                  />
                </Table.Th>
                <Table.Th>{t('col.number')}</Table.Th>
                <Table.Th>{t('col.subject')}</Table.Th>
                <Table.Th>{t('col.priority')}</Table.Th>
                <Table.Th>{t('col.status')}</Table.Th>
                <Table.Th>{t('col.assignee')}</Table.Th>
                <Table.Th>{t('col.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={t('bulk.select', { number: c.number })}
                      checked={selected.includes(c.id)}
                      onChange={() => toggle(c.id)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/console/cases/${c.id}`} style={{ whiteSpace: 'nowrap' }}>
                      {c.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {c.subject}
                    <Text size="xs" c="dimmed">
                      {c.customer?.displayName} · {t(`type.${c.type}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <PriorityBadges priority={c.priority} safety={c.safety} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={c.status} />
                  </Table.Td>
                  <Table.Td>
                    {c.assignee?.displayName ?? (
                      <Text span c="dimmed" size="sm">
                        {t('queue.nobody')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={c.slaBreached ? 'red' : undefined}>
                      {c.slaDueAt ? formatDateTime(c.slaDueAt, i18n.language) : '—'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        {cursor && (
          <Button variant="default" onClick={() => setCursor(undefined)}>
            {t('queue.first')}
          </Button>
        )}
        {list.data?.nextCursor && (
          <Button variant="default" onClick={() => setCursor(list.data.nextCursor ?? undefined)}>
            {t('queue.next')}
          </Button>
        )}
      </Group>
    </ConsolePage>
  );
}
