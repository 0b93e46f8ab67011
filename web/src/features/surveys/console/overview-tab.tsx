import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useSummary, type Filter } from '../queries';
import { Filters } from './filters';
import { MetricCard } from './metric-card';

export function OverviewTab({ surveyId }: { surveyId: string }) {
  const { t } = useTranslation('surveys');
  const [filter, setFilter] = useState<Filter>({});
  const summary = useSummary(surveyId, filter);
  return (
    <Stack gap="md">
      <Filters value={filter} onChange={setFilter} compare />
      {summary.isPending ? (
        <PageLoader />
      ) : summary.isError ? (
        <ProblemAlert error={summary.error} />
      ) : (
        <>
          <Text fw={600} data-testid="responses-count">
            {t('results.responses', { n: summary.data.responses })}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {summary.data.questions
              .filter((q) => q.type !== 'text')
              .map((q) => (
                <MetricCard key={q.questionId} metric={q} />
              ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
