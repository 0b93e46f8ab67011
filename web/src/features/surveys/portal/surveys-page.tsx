import { Anchor, Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../ui/api';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useMe } from '../../identity/session';
import { useLocalText } from '../local-text';

function OptOutSwitch() {
  const { t } = useTranslation('surveys');
  const client = useQueryClient();
  const state = useQuery({
    queryKey: ['survey-opt-out'],
    queryFn: ({ signal }) => api.get('/survey-opt-out', { signal }),
  });
  const change = useMutation({
    mutationFn: (optedOut: boolean) => (optedOut ? api.post('/survey-opt-out', {}) : api.delete('/survey-opt-out')),
    onSuccess: (data) => client.setQueryData(['survey-opt-out'], data),
  });
  if (!state.data) return null;
  return (
    <Stack gap={4}>
      <Switch
        checked={!state.data.optedOut}
        onChange={(e) => change.mutate(!e.currentTarget.checked)}
        label={t('portal.acceptInvitations')}
        description={t('portal.acceptInvitationsHelp')}
      />
      {change.isError && <ProblemAlert error={change.error} />}
    </Stack>
  );
}

/** The portal's list of open surveys, and the customer's choice to be asked or not. */
export function SurveysPage() {
  const { t } = useTranslation('surveys');
  const text = useLocalText();
  const me = useMe();
  const list = useQuery({ queryKey: ['public-surveys'], queryFn: ({ signal }) => api.get('/s', { signal }) });
  return (
    <Stack maw={720} mx="auto" gap="lg" py="md">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('portal.title')}
        </Title>
        <Text c="dimmed">{t('portal.intro')}</Text>
      </Stack>
      {me.data && <OptOutSwitch />}
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('portal.none')}</Text>
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.data.items.map((s) => (
            <Card key={s.id} withBorder component="li" padding="md">
              <Stack gap={6}>
                <Title order={2} fz="md">
                  <Anchor component={Link} to={`/s/${s.slug}`}>
                    {text(s.title)}
                  </Anchor>
                </Title>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {text(s.welcome)}
                </Text>
                <Group>
                  <Button component={Link} to={`/s/${s.slug}`} size="xs" variant="light">
                    {t('portal.answer')}
                  </Button>
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** The opt-out link of an invitation mail: one click, no sign-in. */
export function OptOutPage() {
  const { t } = useTranslation('surveys');
  const token = new URLSearchParams(window.location.search).get('t') ?? '';
  const optOut = useMutation({ mutationFn: () => api.post('/survey-opt-out', { invitation: token }) });
  return (
    <Stack maw={560} mx="auto" gap="md" py="md">
      <Title order={1} fz={{ base: 24, sm: 30 }}>
        {t('optOut.title')}
      </Title>
      {optOut.isSuccess ? (
        <Text role="status">{t('optOut.done')}</Text>
      ) : (
        <>
          <Text>{t('optOut.text')}</Text>
          {optOut.isError && <ProblemAlert error={optOut.error} />}
          <Group>
            <Button onClick={() => optOut.mutate()} loading={optOut.isPending} disabled={!token}>
              {t('optOut.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
