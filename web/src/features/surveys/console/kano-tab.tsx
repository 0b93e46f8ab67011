import { Anchor, Stack, Switch, Table, Text } from '@mantine/core';
import { format } from 'echarts/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { fixed, useLocalText } from '../local-text';
import { useKano } from '../queries';
import { Chart } from './chart';

const CATEGORY_COLORS: Record<string, string> = {
  A: '#2f9e44',
  O: '#1c7ed6',
  M: '#e8590c',
  I: '#868e96',
  R: '#c2255c',
  Q: '#495057',
};

/** KANO: the Better-vs-Worse scatter of every feature (or DuMouchel's continuous scores), and the full table. */
export function KanoTab({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const report = useKano(surveyId, {});
  const [continuous, setContinuous] = useState(false);
  if (report.isPending) return <PageLoader />;
  if (report.isError) return <ProblemAlert error={report.error} />;
  const features = report.data.features;
  if (!features.length) return <Text>{t('kano.none')}</Text>;
  const points = features.map((f) => ({
    name: text(f.feature),
    category: f.result.category ?? 'Q',
    value: continuous
      ? [f.result.continuous?.dysfunctional ?? 0, f.result.continuous?.functional ?? 0]
      : [Math.abs(f.result.worse ?? 0), f.result.better ?? 0],
  }));
  return (
    <Stack gap="md">
      <Switch
        label={t('kano.continuous')}
        checked={continuous}
        onChange={(e) => setContinuous(e.currentTarget.checked)}
      />
      <Chart
        label={t(continuous ? 'kano.continuousChart' : 'kano.chart')}
        height={360}
        option={{
          // ECharts puts a formatter's result into the page as HTML: the feature is the staff's text, so it is escaped.
          tooltip: {
            trigger: 'item',
            formatter: (p: unknown) => {
              const d = (p as { data: { name: string; value: number[] } }).data;
              return `${format.encodeHTML(d.name)}<br/>${d.value.map((v) => v.toFixed(2)).join(', ')}`;
            },
          },
          grid: { left: 16, right: 24, top: 24, bottom: 24, containLabel: true },
          xAxis: {
            type: 'value',
            name: continuous ? t('kano.dysfunctionalAxis') : t('kano.worseAxis'),
            nameLocation: 'middle',
            nameGap: 28,
            ...(continuous ? { min: -2, max: 4 } : { min: 0, max: 1 }),
          },
          yAxis: {
            type: 'value',
            name: continuous ? t('kano.functionalAxis') : t('kano.betterAxis'),
            nameLocation: 'middle',
            nameGap: 36,
            ...(continuous ? { min: -2, max: 4 } : { min: 0, max: 1 }),
          },
          series: [
            {
              type: 'scatter',
              symbolSize: 14,
              data: points.map((p) => ({
                name: p.name,
                value: p.value,
                itemStyle: { color: CATEGORY_COLORS[p.category] },
              })),
              label: { show: true, position: 'right', formatter: '{b}', fontSize: 11 },
              markLine: {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#adb5bd' },
                data: continuous ? [{ xAxis: 0 }, { yAxis: 0 }] : [{ xAxis: 0.5 }, { yAxis: 0.5 }],
              },
            },
          ],
        }}
      />
      <Text size="sm" c="dimmed">
        {t('kano.legend', { margin: report.data.matzlerMarginPoints })}
      </Text>
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kano.feature')}</Table.Th>
              <Table.Th>A</Table.Th>
              <Table.Th>O</Table.Th>
              <Table.Th>M</Table.Th>
              <Table.Th>I</Table.Th>
              <Table.Th>R</Table.Th>
              <Table.Th>Q</Table.Th>
              <Table.Th>{t('kano.category')}</Table.Th>
              <Table.Th>{t('kano.strength')}</Table.Th>
              <Table.Th>{t('kano.fong')}</Table.Th>
              <Table.Th>Better</Table.Th>
              <Table.Th>Worse</Table.Th>
              <Table.Th>{t('kano.dumouchel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {features.map((f) => {
              const r = f.result;
              return (
                <Table.Tr key={f.questionId}>
                  <Table.Td>
                    {text(f.feature)}
                    {f.ideaId && (
                      <>
                        {' '}
                        ·{' '}
                        <Anchor href={`/ideas/${f.ideaId}`} size="sm">
                          {t('kano.idea')}
                        </Anchor>
                      </>
                    )}
                  </Table.Td>
                  {(['A', 'O', 'M', 'I', 'R', 'Q'] as const).map((c) => (
                    <Table.Td key={c}>{r.counts[c]}</Table.Td>
                  ))}
                  <Table.Td>
                    {r.category
                      ? `${t(`kano.categories.${r.category}`)}${r.tieBroken ? ` (${t('kano.tieBroken')})` : ''}`
                      : '—'}
                  </Table.Td>
                  <Table.Td>{fixed(r.strength)}</Table.Td>
                  <Table.Td>
                    {r.fong ? (r.fong.significant ? t('kano.significant') : t('kano.notSignificant')) : '—'}
                  </Table.Td>
                  <Table.Td>{fixed(r.better, 2)}</Table.Td>
                  <Table.Td>{fixed(r.worse, 2)}</Table.Td>
                  <Table.Td>
                    {r.continuous
                      ? `${fixed(r.continuous.functional, 2)} / ${fixed(r.continuous.dysfunctional, 2)}`
                      : '—'}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
