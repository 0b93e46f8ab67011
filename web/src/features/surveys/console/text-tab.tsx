import { Badge, Button, Group, Select, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useLocalText } from '../local-text';
import { useTextReport, type Filter } from '../queries';
import type { Question } from '../types';
import { Chart, COLORS } from './chart';
import { Filters } from './filters';

/** Keywords and phrases of open-text answers (Chinese and English), by period and segment; a term drills down to the answers. */
export function TextTab({
  surveyId,
  questions,
  onDrill,
}: {
  surveyId: string;
  questions: Question[];
  onDrill: (term: string) => void;
}) {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const texts = questions.filter((q) => q.type === 'text');
  const [questionId, setQuestionId] = useState(texts[0]?.id ?? '');
  const [unit, setUnit] = useState<'day' | 'week' | 'month'>('week');
  const [filter, setFilter] = useState<Filter>({});
  const report = useTextReport(surveyId, { ...filter, questionId, unit }, !!questionId);
  if (!texts.length) return <Text>{t('text.none')}</Text>;
  const keywords = report.data?.keywords ?? [];
  return (
    <Stack gap="md">
      <Select
        label={t('results.question')}
        data={texts.map((q) => ({ value: q.id, label: text(q.title) }))}
        value={questionId}
        onChange={(v) => v && setQuestionId(v)}
        maw={480}
      />
      <Filters value={filter} onChange={setFilter} />
      {report.isError && <ProblemAlert error={report.error} />}
      <Text>{t('text.answers', { n: report.data?.answers ?? 0 })}</Text>
      <Chart
        label={t('text.chart')}
        height={Math.max(160, keywords.length * 24)}
        option={{
          grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis' },
          xAxis: { type: 'value', minInterval: 1 },
          yAxis: { type: 'category', inverse: true, data: keywords.map((k) => k.term) },
          series: [{ type: 'bar', data: keywords.map((k) => k.count), itemStyle: { color: COLORS.primary } }],
        }}
      />
      <Group gap={6}>
        {keywords.map((k) => (
          <Button key={k.term} size="compact-sm" variant="light" onClick={() => onDrill(k.term)}>
            {k.term} · {k.count}
          </Button>
        ))}
      </Group>
      <SegmentedControl
        value={unit}
        onChange={(v) => setUnit(v as typeof unit)}
        data={(['day', 'week', 'month'] as const).map((u) => ({ value: u, label: t(`results.units.${u}`) }))}
        w="fit-content"
      />
      <Table.ScrollContainer minWidth={360}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.period')}</Table.Th>
              <Table.Th>{t('results.n')}</Table.Th>
              <Table.Th>{t('text.topTerms')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(report.data?.periods ?? []).map((p) => (
              <Table.Tr key={p.period}>
                <Table.Td>{p.period}</Table.Td>
                <Table.Td>{p.answers}</Table.Td>
                <Table.Td>
                  {p.keywords.map((k) => (
                    <Badge key={k.term} variant="outline" mr={4}>
                      {k.term} {k.count}
                    </Badge>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Table.ScrollContainer minWidth={360}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.by.segment')}</Table.Th>
              <Table.Th>{t('results.n')}</Table.Th>
              <Table.Th>{t('text.topTerms')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(report.data?.segments ?? []).map((s) => (
              <Table.Tr key={s.segment}>
                <Table.Td>{s.segment || t('results.unknown')}</Table.Td>
                <Table.Td>{s.answers}</Table.Td>
                <Table.Td>
                  {s.keywords.map((k) => (
                    <Badge key={k.term} variant="outline" mr={4}>
                      {k.term} {k.count}
                    </Badge>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
