import { Alert, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';

/** Where an email's unsubscribe link lands: works without signing in (the link is signed). */
export function UnsubscribePage() {
  const { t } = useTranslation('notifications');
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const preview = useQuery({
    queryKey: ['unsubscribe', token],
    enabled: token.length > 0,
    retry: false,
    queryFn: ({ signal }) => api.get('/notifications/unsubscribe', { signal, query: { token } }),
  });
  const stop = useMutation({ mutationFn: () => api.post('/notifications/unsubscribe', { token }) });
  return (
    <Container size="xs" py="xl">
      <Stack gap="md">
        <Title order={1} fz={26}>
          {t('unsubscribe.title')}
        </Title>
        {!token && <Alert color="red">{t('unsubscribe.missing')}</Alert>}
        {preview.isLoading && <PageLoader />}
        {preview.error && <ProblemAlert error={preview.error} />}
        {stop.data ? (
          <Alert color="green" role="status">
            {t('unsubscribe.done', { label: stop.data.label })}
          </Alert>
        ) : (
          preview.data && (
            <>
              <Text>{t('unsubscribe.question', { label: preview.data.label })}</Text>
              {!preview.data.email && <Text c="dimmed">{t('unsubscribe.already')}</Text>}
              <Button onClick={() => stop.mutate()} loading={stop.isPending}>
                {t('unsubscribe.confirm')}
              </Button>
            </>
          )
        )}
        {stop.error && <ProblemAlert error={stop.error} />}
      </Stack>
    </Container>
  );
}
