import { Anchor, Badge, Button, Group, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage } from '../../../ui/console-page';
import { useMe } from '../../identity/session';
import { isManager } from '../../identity/types';
import { useLocalText } from '../local-text';
import { useSurvey, useSurveyStatus } from '../queries';
import { DistributeTab } from './distribute-tab';
import { KanoTab } from './kano-tab';
import { OverviewTab } from './overview-tab';
import { ResponsesTab } from './responses-tab';
import { TextTab } from './text-tab';
import { TrendsTab } from './trends-tab';

/** A survey's results: overview, trends and comparisons, KANO, open text, responses, distribution. */
export function ResultsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const me = useMe();
  const survey = useSurvey(id);
  const status = useSurveyStatus(id);
  const [tab, setTab] = useState<string | null>('overview');
  const [search, setSearch] = useState('');
  if (survey.isPending) return <PageLoader />;
  if (survey.isError) return <ProblemAlert error={survey.error} />;
  const s = survey.data;
  const manager = isManager(me.data?.user.role);
  return (
    <ConsolePage title={text(s.title)}>
      <Group gap="sm" wrap="wrap">
        <Badge variant="light" color={s.status === 'open' ? 'teal' : 'gray'}>
          {t(`status.${s.status}`)}
        </Badge>
        <Text size="sm">{t('results.responses', { n: s.completedCount })}</Text>
        <Anchor href={s.publicPath} target="_blank" size="sm">
          {s.publicPath}
        </Anchor>
        {manager && (
          <>
            <Button size="xs" variant="default" component={Link} to={`/console/surveys/${s.id}/edit`}>
              {t('list.edit')}
            </Button>
            {s.status !== 'open' ? (
              <Button size="xs" onClick={() => status.mutate('open')} loading={status.isPending}>
                {t('list.open')}
              </Button>
            ) : (
              <Button size="xs" color="gray" onClick={() => status.mutate('closed')} loading={status.isPending}>
                {t('list.close')}
              </Button>
            )}
          </>
        )}
      </Group>
      {status.isError && <ProblemAlert error={status.error} />}
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {(
            ['overview', 'trends', 'kano', 'text', 'responses', ...(manager ? (['distribute'] as const) : [])] as const
          ).map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`results.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <OverviewTab surveyId={s.id} />
        </Tabs.Panel>
        <Tabs.Panel value="trends" pt="md">
          <TrendsTab surveyId={s.id} questions={s.questions} />
        </Tabs.Panel>
        <Tabs.Panel value="kano" pt="md">
          <KanoTab surveyId={s.id} />
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="md">
          <TextTab
            surveyId={s.id}
            questions={s.questions}
            onDrill={(term) => {
              setSearch(term);
              setTab('responses');
            }}
          />
        </Tabs.Panel>
        <Tabs.Panel value="responses" pt="md">
          <ResponsesTab surveyId={s.id} questions={s.questions} search={search} onSearch={setSearch} />
        </Tabs.Panel>
        {manager && (
          <Tabs.Panel value="distribute" pt="md">
            <DistributeTab survey={s} />
          </Tabs.Panel>
        )}
      </Tabs>
    </ConsolePage>
  );
}
