import { SegmentedControl, Select, Stack, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert';
import { fixed, useLocalText } from '../local-text';
import { useBreakdown, useTrend, type Filter } from '../queries';
import type { Question } from '../types';
import { Chart, COLORS } from './chart';
import { Filters } from './filters';

const scale = (type: string, v: number | null) => (v === null ? null : type === 'csat' ? v * 100 : v);

/** Trend of a question by day/week/month, and its comparison by channel, touchpoint, language, segment. */
export function TrendsTab({ surveyId, questions }: { surveyId: string; questions: Question[] }) {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const measurable = questions.filter((q) => ['nps', 'csat', 'ces', 'rating'].includes(q.type));
  const [questionId, setQuestionId] = useState(measurable[0]?.id ?? '');
  const [unit, setUnit] = useState<'day' | 'week' | 'month'>('week');
  const [by, setBy] = useState<'channel' | 'touchpoint' | 'locale' | 'segment'>('channel');
  const [filter, setFilter] = useState<Filter>({});
  const trend = useTrend(surveyId, { ...filter, questionId, unit }, !!questionId);
  const breakdown = useBreakdown(surveyId, { ...filter, questionId, by }, !!questionId);
  const type = measurable.find((q) => q.id === questionId)?.type ?? 'nps';
  if (!measurable.length) return <p>{t('results.noMeasurable')}</p>;
  const points = trend.data?.points ?? [];
  return (
    <Stack gap="md">
      <Select
        label={t('results.question')}
        data={measurable.map((q) => ({ value: q.id, label: text(q.title) }))}
        value={questionId}
        onChange={(v) => v && setQuestionId(v)}
        maw={480}
      />
      <Filters value={filter} onChange={setFilter} />
      <SegmentedControl
        value={unit}
        onChange={(v) => setUnit(v as typeof unit)}
        data={(['day', 'week', 'month'] as const).map((u) => ({ value: u, label: t(`results.units.${u}`) }))}
        w="fit-content"
      />
      {trend.isError && <ProblemAlert error={trend.error} />}
      <Chart
        label={t('results.trendOf', { title: text(measurable.find((q) => q.id === questionId)?.title) })}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: points.map((p) => p.period) },
          yAxis: { type: 'value' },
          series: [
            {
              type: 'line',
              name: 'low',
              data: points.map((p) => scale(type, p.low)),
              lineStyle: { opacity: 0 },
              stack: 'band',
              symbol: 'none',
            },
            {
              type: 'line',
              name: '95%',
              data: points.map((p) =>
                p.low === null || p.high === null ? null : scale(type, p.high)! - scale(type, p.low)!,
              ),
              lineStyle: { opacity: 0 },
              areaStyle: { color: COLORS.band },
              stack: 'band',
              symbol: 'none',
            },
            {
              type: 'line',
              name: t(`types.${type}`),
              data: points.map((p) => scale(type, p.value)),
              itemStyle: { color: COLORS.primary },
            },
          ],
        }}
      />
      <Table.ScrollContainer minWidth={360}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.period')}</Table.Th>
              <Table.Th>{t('results.n')}</Table.Th>
              <Table.Th>{t('results.value')}</Table.Th>
              <Table.Th>{t('results.interval')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((p) => (
              <Table.Tr key={p.period}>
                <Table.Td>{p.period}</Table.Td>
                <Table.Td>{p.n}</Table.Td>
                <Table.Td>{fixed(scale(type, p.value))}</Table.Td>
                <Table.Td>
                  {p.low === null ? '—' : `${fixed(scale(type, p.low))} – ${fixed(scale(type, p.high))}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SegmentedControl
        value={by}
        onChange={(v) => setBy(v as typeof by)}
        data={(['channel', 'touchpoint', 'locale', 'segment'] as const).map((d) => ({
          value: d,
          label: t(`results.by.${d}`),
        }))}
        w="fit-content"
      />
      <Chart
        label={t('results.breakdownOf', { by: t(`results.by.${by}`) })}
        option={{
          tooltip: { trigger: 'axis' },
          grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
          xAxis: { type: 'category', data: (breakdown.data?.groups ?? []).map((g) => g.key || t('results.unknown')) },
          yAxis: { type: 'value' },
          series: [
            {
              type: 'bar',
              data: (breakdown.data?.groups ?? []).map((g) => scale(type, g.value)),
              itemStyle: { color: COLORS.primary },
            },
          ],
        }}
      />
      <Table.ScrollContainer minWidth={360}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`results.by.${by}`)}</Table.Th>
              <Table.Th>{t('results.n')}</Table.Th>
              <Table.Th>{t('results.value')}</Table.Th>
              <Table.Th>{t('results.interval')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(breakdown.data?.groups ?? []).map((g) => (
              <Table.Tr key={g.key}>
                <Table.Td>{g.key || t('results.unknown')}</Table.Td>
                <Table.Td>{g.n}</Table.Td>
                <Table.Td>{fixed(scale(type, g.value))}</Table.Td>
                <Table.Td>
                  {g.low === null ? '—' : `${fixed(scale(type, g.low))} – ${fixed(scale(type, g.high))}`}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
