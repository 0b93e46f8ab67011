import { Anchor, Badge, Button, Group, NumberInput, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage, ConsoleSection } from '../../../ui/console-page';
import { useMe } from '../../identity/session';
import { isManager } from '../../identity/types';
import { useLocalText } from '../local-text';
import { useSurveys } from '../queries';

function ContactBudget() {
  const { t } = useTranslation('surveys');
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: ['survey-settings'],
    queryFn: ({ signal }) => api.get('/survey-settings', { signal }),
  });
  const [days, setDays] = useState<number | string>('');
  useEffect(() => {
    if (settings.data) setDays(settings.data.contactCooldownDays);
  }, [settings.data]);
  const save = useMutation({
    mutationFn: () => api.put('/survey-settings', { contactCooldownDays: Number(days) }),
    onSuccess: (data) => client.setQueryData(['survey-settings'], data),
  });
  return (
    <ConsoleSection id="contact-budget" title={t('list.budget')} intro={t('list.budgetHelp')}>
      <Group
        align="flex-end"
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate();
        }}
      >
        <NumberInput label={t('list.budgetDays')} min={0} max={365} value={days} onChange={setDays} w={200} />
        <Button type="submit" loading={save.isPending}>
          {t('list.save')}
        </Button>
        {save.isSuccess && (
          <Text size="sm" role="status">
            {t('list.saved')}
          </Text>
        )}
      </Group>
      {save.isError && <ProblemAlert error={save.error} />}
    </ConsoleSection>
  );
}

export function SurveysListPage() {
  const { t, i18n } = useTranslation('surveys');
  const text = useLocalText();
  const me = useMe();
  const surveys = useSurveys();
  const manager = isManager(me.data?.user.role);
  return (
    <ConsolePage title={t('list.title')} intro={t('list.intro')}>
      <Group>
        {manager && (
          <Button component={Link} to="/console/surveys/new">
            {t('list.new')}
          </Button>
        )}
        <Button component={Link} to="/console/survey-followups" variant="light">
          {t('list.followups')}
        </Button>
      </Group>
      {surveys.isPending ? (
        <PageLoader />
      ) : surveys.isError ? (
        <ProblemAlert error={surveys.error} />
      ) : surveys.data.items.length === 0 ? (
        <Text>{t('list.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.survey')}</Table.Th>
                <Table.Th>{t('list.status')}</Table.Th>
                <Table.Th>{t('list.responses')}</Table.Th>
                <Table.Th>{t('list.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {surveys.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/console/surveys/${s.id}`}>
                      {text(s.title)}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {s.publicPath}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={s.status === 'open' ? 'teal' : 'gray'}>
                      {t(`status.${s.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{s.completedCount}</Table.Td>
                  <Table.Td>{formatDateTime(s.updatedAt, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {manager && (
        <Stack>
          <ContactBudget />
        </Stack>
      )}
    </ConsolePage>
  );
}
