import { Anchor, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useLocalText } from '../local-text';
import { useResponses } from '../queries';
import type { AnswerValue, KanoValue, Question } from '../types';

function show(q: Question, v: AnswerValue | undefined, label: (id: string) => string): string {
  if (v === undefined) return '—';
  if (q.type === 'kano') {
    const k = v as KanoValue;
    return `${k.functional}/${k.dysfunctional}`;
  }
  if (Array.isArray(v)) return v.map(label).join('、');
  if (q.type === 'single') return label(String(v));
  return String(v);
}

/** Completed responses (customer text shown as text), with a word search and CSV export. */
export function ResponsesTab({
  surveyId,
  questions,
  search,
  onSearch,
}: {
  surveyId: string;
  questions: Question[];
  search: string;
  onSearch: (q: string) => void;
}) {
  const { t, i18n } = useTranslation('surveys');
  const text = useLocalText();
  const responses = useResponses(surveyId, search ? { q: search } : {});
  const choiceLabel = (q: Question) => (id: string) => text(q.choices?.find((c) => c.id === id)?.label) || id;
  return (
    <Stack gap="md">
      <Group align="flex-end" justify="space-between">
        <TextInput
          label={t('responses.search')}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
          w={260}
        />
        <Anchor href={`/api/v1/surveys/${surveyId}/responses.csv`} download>
          {t('responses.csv')}
        </Anchor>
      </Group>
      {responses.isPending ? (
        <PageLoader />
      ) : responses.isError ? (
        <ProblemAlert error={responses.error} />
      ) : responses.data.items.length === 0 ? (
        <Text>{t('responses.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('responses.when')}</Table.Th>
                <Table.Th>{t('responses.who')}</Table.Th>
                <Table.Th>{t('filters.channel')}</Table.Th>
                {questions.map((q) => (
                  <Table.Th key={q.id}>{q.id}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {responses.data.items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{formatDateTime(r.completedAt, i18n.language)}</Table.Td>
                  <Table.Td>{r.customer ? r.customer.name || r.customer.email : t('responses.anonymous')}</Table.Td>
                  <Table.Td>
                    {t(`channels.${r.channel}`, { defaultValue: r.channel })}
                    {r.touchpoint ? ` · ${r.touchpoint}` : ''}
                  </Table.Td>
                  {questions.map((q) => (
                    <Table.Td key={q.id} style={{ maxWidth: 280, whiteSpace: 'pre-wrap' }}>
                      {show(q, r.answers[q.id], choiceLabel(q))}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
