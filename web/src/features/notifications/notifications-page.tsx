import { Alert, Anchor, Badge, Button, Card, Container, Group, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { useMe } from '../identity/session';
import { notificationsKey } from './queries';

function Preferences() {
  const { t } = useTranslation('notifications');
  const client = useQueryClient();
  const prefs = useQuery({
    queryKey: [...notificationsKey, 'prefs'],
    queryFn: ({ signal }) => api.get('/notifications/preferences', { signal }),
  });
  const save = useMutation({
    mutationFn: (change: Record<string, boolean>) => api.put('/notifications/preferences', { email: change }),
    onSuccess: () => client.invalidateQueries({ queryKey: [...notificationsKey, 'prefs'] }),
  });
  return (
    <section aria-labelledby="prefs-heading">
      <Title order={2} fz="lg" id="prefs-heading" mb="xs">
        {t('prefs.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('prefs.intro')}
      </Text>
      {prefs.error && <ProblemAlert error={prefs.error} />}
      <Stack gap="xs">
        {prefs.data?.categories.map((c) => (
          <Switch
            key={c.key}
            label={c.label}
            checked={c.email}
            onChange={(e) => save.mutate({ [c.key]: e.currentTarget.checked })}
          />
        ))}
      </Stack>
      {save.error && <ProblemAlert error={save.error} />}
    </section>
  );
}

/** The notification centre: newest first, mark read, and email preferences. */
export function NotificationsPage() {
  const { t, i18n } = useTranslation('notifications');
  const me = useMe();
  const client = useQueryClient();
  const list = useQuery({
    queryKey: [...notificationsKey, 'list'],
    enabled: Boolean(me.data),
    queryFn: ({ signal }) => api.get('/notifications', { signal, query: { limit: 50 } }),
  });
  const refresh = () => client.invalidateQueries({ queryKey: notificationsKey });
  const readOne = useMutation({
    mutationFn: (id: string) => api.post('/notifications/{id}/read', undefined, { params: { id } }),
    onSuccess: refresh,
  });
  const readAll = useMutation({ mutationFn: () => api.post('/notifications/read-all'), onSuccess: refresh });
  if (me.data === null) {
    return (
      <Container size="sm" py="md">
        <Alert title={t('signIn.title')}>
          <Anchor component={Link} to="/sign-in?next=%2Fnotifications">
            {t('signIn.link')}
          </Anchor>
        </Alert>
      </Container>
    );
  }
  if (list.isPending) return <PageLoader />;
  if (list.error) return <ProblemAlert error={list.error} />;
  return (
    <Container size="sm" px={{ base: 0, sm: 'md' }} py="md">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('title')}
          </Title>
          <Button
            variant="light"
            size="xs"
            disabled={list.data.unreadCount === 0}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            {t('readAll')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('unread', { count: list.data.unreadCount })}
        </Text>
        {list.data.items.length === 0 && <Text c="dimmed">{t('empty')}</Text>}
        {list.data.items.map((n) => (
          <Card
            key={n.id}
            withBorder
            padding="sm"
            component="article"
            aria-label={n.title}
            style={n.read ? undefined : { borderColor: 'var(--mantine-color-blue-5)' }}
          >
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Group gap="xs">
                  {!n.read && <Badge size="xs">{t('new')}</Badge>}
                  {n.link ? (
                    <Anchor component={Link} to={n.link} fw={600} onClick={() => !n.read && readOne.mutate(n.id)}>
                      {n.title}
                    </Anchor>
                  ) : (
                    <Text fw={600}>{n.title}</Text>
                  )}
                </Group>
                <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {n.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(n.createdAt, i18n.language)}
                </Text>
              </Stack>
              {!n.read && (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => readOne.mutate(n.id)}
                  aria-label={t('markReadLabel', { title: n.title })}
                >
                  {t('markRead')}
                </Button>
              )}
            </Group>
          </Card>
        ))}
        <Preferences />
      </Stack>
    </Container>
  );
}
