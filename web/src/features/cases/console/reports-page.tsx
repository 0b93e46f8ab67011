import { Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage, ConsoleSection } from '../../../ui/console-page';
import { Chart } from './chart';
import { casesKey } from '../queries';

const GROUPS = ['type', 'team', 'agent', 'product', 'cause'] as const;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n * 100)}%`);
const mins = (n: number | null) => (n === null ? '—' : n >= 120 ? `${Math.round(n / 60)} h` : `${Math.round(n)} min`);

/** Service reports: volume, response and resolution times, SLA, remedy acceptance, reopen rate, satisfaction. */
export function ReportsPage() {
  const { t } = useTranslation('cases');
  const [from, setFrom] = useState(day(-29));
  const [to, setTo] = useState(day(0));
  const [groupBy, setGroupBy] = useState<(typeof GROUPS)[number]>('type');
  const query = { from, to, groupBy };
  const report = useQuery({
    queryKey: [...casesKey, 'report', query],
    queryFn: ({ signal }) => api.get('/cases/reports', { signal, query }),
  });
  const label = (l: string) => (groupBy === 'type' ? t(`type.${l}`, { defaultValue: l }) : l);
  return (
    <ConsolePage title={t('reports.title')} intro={t('reports.intro')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          type="date"
          label={t('reports.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput type="date" label={t('reports.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        <Select
          label={t('reports.groupBy')}
          allowDeselect={false}
          value={groupBy}
          onChange={(v) => v && setGroupBy(v as typeof groupBy)}
          data={GROUPS.map((g) => ({ value: g, label: t(`reports.group.${g}`) }))}
          w={160}
        />
        <Button
          component="a"
          variant="light"
          href={`/api/v1/cases/reports.csv?${new URLSearchParams(query).toString()}`}
          download
        >
          {t('reports.csv')}
        </Button>
      </Group>
      {report.isPending && <PageLoader />}
      {report.error && <ProblemAlert error={report.error} />}
      {report.data && (
        <>
          <ConsoleSection id="daily" title={t('reports.daily')}>
            <Chart
              label={t('reports.daily')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('reports.received'), t('reports.resolved')] },
                xAxis: { type: 'category', data: report.data.daily.map((d) => d.day.slice(5)) },
                yAxis: { type: 'value', minInterval: 1 },
                series: [
                  { name: t('reports.received'), type: 'line', data: report.data.daily.map((d) => d.received) },
                  { name: t('reports.resolved'), type: 'line', data: report.data.daily.map((d) => d.resolved) },
                ],
              }}
            />
          </ConsoleSection>
          <ConsoleSection id="groups" title={t('reports.byGroup', { group: t(`reports.group.${groupBy}`) })}>
            <Chart
              label={t('reports.byGroup', { group: t(`reports.group.${groupBy}`) })}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { data: [t('reports.volume'), t('reports.slaCompliance')] },
                xAxis: { type: 'category', data: report.data.rows.map((r) => label(r.label)) },
                yAxis: [
                  { type: 'value', minInterval: 1 },
                  { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
                ],
                series: [
                  { name: t('reports.volume'), type: 'bar', data: report.data.rows.map((r) => r.volume) },
                  {
                    name: t('reports.slaCompliance'),
                    type: 'line',
                    yAxisIndex: 1,
                    data: report.data.rows.map((r) =>
                      r.slaCompliance === null ? null : Math.round(r.slaCompliance * 100),
                    ),
                  },
                ],
              }}
            />
            <Table.ScrollContainer minWidth={800}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    {(
                      [
                        'group',
                        'volume',
                        'resolved',
                        'firstResponse',
                        'resolution',
                        'slaCompliance',
                        'remedyAcceptance',
                        'reopenRate',
                        'satisfaction',
                      ] as const
                    ).map((k) => (
                      <Table.Th key={k}>{t(`reports.col.${k}`)}</Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.data.rows.map((r) => (
                    <Table.Tr key={r.key ?? 'none'}>
                      <Table.Td>{label(r.label)}</Table.Td>
                      <Table.Td>{r.volume}</Table.Td>
                      <Table.Td>{r.resolved}</Table.Td>
                      <Table.Td>{mins(r.avgFirstResponseMinutes)}</Table.Td>
                      <Table.Td>{mins(r.avgResolutionMinutes)}</Table.Td>
                      <Table.Td>{pct(r.slaCompliance)}</Table.Td>
                      <Table.Td>{pct(r.remedyAcceptance)}</Table.Td>
                      <Table.Td>{pct(r.reopenRate)}</Table.Td>
                      <Table.Td>{r.avgSatisfaction === null ? '—' : r.avgSatisfaction.toFixed(1)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </ConsoleSection>
        </>
      )}
    </ConsolePage>
  );
}
