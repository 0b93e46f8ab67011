import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fixed, percent, useLocalText } from '../local-text';
import type { QuestionMetric, QuestionType } from '../types';
import { Chart, COLORS } from './chart';

function DistributionChart({ metric, label }: { metric: QuestionMetric; label: string }) {
  const dist = metric.nps
    ? Array.from({ length: 11 }, (_, v) => v)
    : ((metric.csat ?? metric.ces ?? metric.rating)?.distribution.map((d) => d.value) ?? []);
  const counts = metric.csat?.distribution ?? metric.ces?.distribution ?? metric.rating?.distribution;
  const data = metric.nps ? null : (counts?.map((d) => d.count) ?? []);
  if (metric.nps) {
    const n = metric.nps;
    return (
      <Chart
        label={label}
        height={90}
        option={{
          grid: { left: 8, right: 8, top: 8, bottom: 8, containLabel: true },
          xAxis: { type: 'value', max: n.n || 1, show: false },
          yAxis: { type: 'category', data: [''], show: false },
          tooltip: { trigger: 'item' },
          series: [
            {
              type: 'bar',
              stack: 'nps',
              name: 'detractors',
              data: [n.detractors],
              itemStyle: { color: COLORS.detractor },
            },
            { type: 'bar', stack: 'nps', name: 'passives', data: [n.passives], itemStyle: { color: COLORS.passive } },
            {
              type: 'bar',
              stack: 'nps',
              name: 'promoters',
              data: [n.promoters],
              itemStyle: { color: COLORS.promoter },
            },
          ],
        }}
      />
    );
  }
  return (
    <Chart
      label={label}
      height={160}
      option={{
        grid: { left: 8, right: 8, top: 12, bottom: 8, containLabel: true },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: dist.map(String) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', data: data ?? [], itemStyle: { color: COLORS.primary } }],
      }}
    />
  );
}

/** One question's result: the headline number with its 95% interval, and its distribution. */
export function MetricCard({ metric }: { metric: QuestionMetric }) {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const title = text(metric.title);
  let headline: string | null = null;
  let detail: string | null = null;
  if (metric.nps) {
    const n = metric.nps;
    headline = `NPS ${fixed(n.nps, 1)}`;
    detail = n.interval
      ? t('results.npsDetail', {
          low: fixed(n.interval.low),
          high: fixed(n.interval.high),
          p: n.promoters,
          pa: n.passives,
          d: n.detractors,
          n: n.n,
        })
      : t('results.noAnswers');
  } else if (metric.csat) {
    headline = `CSAT ${percent(metric.csat.csat)}`;
    detail = metric.csat.interval
      ? t('results.csatDetail', {
          low: percent(metric.csat.interval.low),
          high: percent(metric.csat.interval.high),
          n: metric.csat.n,
          mean: fixed(metric.csat.mean, 2),
        })
      : t('results.noAnswers');
  } else if (metric.ces) {
    headline = `CES ${fixed(metric.ces.mean, 2)}`;
    detail = metric.ces.n
      ? t('results.cesDetail', { share: percent(metric.ces.shareEasy), n: metric.ces.n })
      : t('results.noAnswers');
  } else if (metric.rating) {
    headline = t('results.mean', { mean: fixed(metric.rating.mean, 2) });
    detail = t('results.answers', { n: metric.rating.n });
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} fz="sm" fw={600}>
            {title}
          </Title>
          <Badge variant="light">{t(`types.${metric.type as QuestionType}`)}</Badge>
        </Group>
        {headline && (
          <Text fz={28} fw={700}>
            {headline}
          </Text>
        )}
        {detail && (
          <Text size="sm" c="dimmed">
            {detail}
          </Text>
        )}
        {metric.npsChange && (
          <Text
            size="sm"
            c={metric.npsChange.significant ? (metric.npsChange.difference > 0 ? 'teal' : 'red') : 'dimmed'}
          >
            {t(metric.npsChange.significant ? 'results.changeSignificant' : 'results.changeNotSignificant', {
              diff: `${metric.npsChange.difference > 0 ? '+' : ''}${fixed(metric.npsChange.difference)}`,
              se: fixed(metric.npsChange.standardError),
            })}
          </Text>
        )}
        {(metric.nps || metric.csat || metric.ces || metric.rating) && (
          <DistributionChart metric={metric} label={t('results.distributionOf', { title })} />
        )}
        {metric.choices && (
          <Stack gap={2} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {metric.choices.choices.map((c) => (
              <Text key={c.id} component="li" size="sm">
                {text(c.label)} — {c.count} ({percent(c.share)})
              </Text>
            ))}
          </Stack>
        )}
        {metric.kano && (
          <Text size="sm">
            {t('results.kanoLine', {
              category: metric.kano.category ? t(`kano.categories.${metric.kano.category}`) : '—',
              better: fixed(metric.kano.better, 2),
              worse: fixed(metric.kano.worse, 2),
              n: metric.kano.n,
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
