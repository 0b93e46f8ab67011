import { Button, Code, Group, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { ScrollRegion } from '../../ui/scroll-region';
import { ConsolePage, ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';
import type { AuditEntry } from './types';

const PAGE_SIZE = 25;

export function AuditLogPage() {
  const { t } = useTranslation();
  return (
    <ConsolePage title={t('console.audit.title')} intro={t('console.audit.intro')} managersOnly>
      <AuditTable />
    </ConsolePage>
  );
}

/** What the entry was about: a name or address from its details (else a short id), and a role change. */
function targetOf(entry: AuditEntry, translate: (key: string, fallback: string) => string, separator: string): string {
  const { details } = entry;
  const named = ['email', 'name', 'slug'].map((key) => details[key]).find((value) => typeof value === 'string');
  const type = entry.targetType ? translate(`console.audit.targets.${entry.targetType}`, entry.targetType) : '';
  const what = typeof named === 'string' ? named : entry.targetId ? `…${entry.targetId.slice(-8)}` : '';
  const role = (value: unknown) => translate(`roles.${String(value)}`, String(value));
  const change = details.from && details.to ? ` (${role(details.from)} → ${role(details.to)})` : '';
  return `${[type, what].filter(Boolean).join(separator)}${change}`;
}

function AuditTable() {
  const { t, i18n } = useTranslation();
  const log = useInfiniteQuery({
    queryKey: consoleKeys.auditLog,
    queryFn: ({ pageParam, signal }) =>
      api.get('/audit-log', { query: { limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const translated = (key: string, fallback: string) => (i18n.exists(key) ? t(key as ParseKeys) : fallback);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <ConsoleSection id="audit-heading" title={t('console.audit.entries')}>
      {log.isPending && <PageLoader />}
      {log.isError && <ProblemAlert error={log.error} />}
      {log.isSuccess && entries.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('console.audit.empty')}
        </Text>
      )}
      {entries.length > 0 && (
        <ScrollRegion label={t('console.audit.entries')}>
          <Table verticalSpacing="xs" miw={760} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.audit.when')}</Table.Th>
                <Table.Th>{t('console.audit.who')}</Table.Th>
                <Table.Th>{t('console.audit.action')}</Table.Th>
                <Table.Th>{t('console.audit.target')}</Table.Th>
                <Table.Th>{t('console.audit.ip')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatDateTime(entry.createdAt, i18n.language)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {entry.actorLabel}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" title={entry.action}>
                      {translated(`console.audit.actions.${entry.action.replace('.', '_')}`, entry.action)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {targetOf(entry, translated, t('console.audit.separator'))}
                    </Text>
                  </Table.Td>
                  <Table.Td>{entry.ip && <Code>{entry.ip}</Code>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {log.hasNextPage && (
        <Group>
          <Button variant="default" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </ConsoleSection>
  );
}
