import { Button, Card, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../api/operations';
import { apiRequest } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey } from '../queries';
import type { CaseDetail } from '../types';
import { Notice } from '../shared/notice';

function useCaseAction<R extends '/my/cases/{id}/rating' | '/my/cases/{id}/reopen' | '/my/cases/{id}/escalation'>(
  id: string,
  path: R,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'post', R>) => apiRequest<CaseDetail>('POST', path, { params: { id }, body }),
    onSuccess: (c) => client.setQueryData([...casesKey, 'own', id], c),
  });
}

/** Rating the resolution and reopening it within the reopen period. */
export function AfterResolution({ detail }: { detail: CaseDetail }) {
  const { t, i18n } = useTranslation('cases');
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const rate = useCaseAction(detail.id, '/my/cases/{id}/rating');
  const reopen = useCaseAction(detail.id, '/my/cases/{id}/reopen');
  return (
    <Stack gap="md">
      <Notice color="green" title={t('resolved.title')}>
        {t('resolved.text', { when: formatDateTime(detail.resolvedAt, i18n.language) })}
      </Notice>
      {detail.canRate ? (
        <Card
          withBorder
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            rate.mutate({ score, comment });
          }}
        >
          <Stack gap="xs">
            <Title order={2} fz="lg" id="rate-title">
              {t('rating.title')}
            </Title>
            <Rating
              value={score}
              onChange={setScore}
              size="lg"
              aria-labelledby="rate-title"
              getSymbolLabel={(v) => t('rating.stars', { count: v })}
            />
            <Textarea
              label={t('rating.comment')}
              value={comment}
              onChange={(e) => setComment(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            {rate.error && <ProblemAlert error={rate.error} />}
            <Button type="submit" disabled={score === 0} loading={rate.isPending}>
              {t('rating.send')}
            </Button>
          </Stack>
        </Card>
      ) : (
        detail.satisfaction !== null && (
          <Card withBorder>
            <Text fw={600}>{t('rating.yours')}</Text>
            <div role="img" aria-label={t('rating.stars', { count: detail.satisfaction })}>
              <Rating value={detail.satisfaction} readOnly />
            </div>
            {detail.satisfactionComment && <Text size="sm">{detail.satisfactionComment}</Text>}
          </Card>
        )
      )}
      {detail.canReopen && (
        <Card
          withBorder
          component="form"
          onSubmit={(e) => {
            e.preventDefault();
            reopen.mutate({ reason });
          }}
        >
          <Stack gap="xs">
            <Title order={2} fz="lg">
              {t('reopen.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('reopen.until', { when: formatDateTime(detail.reopenUntil, i18n.language) })}
            </Text>
            <Textarea
              label={t('reopen.reason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            {reopen.error && <ProblemAlert error={reopen.error} />}
            <Button type="submit" variant="light" loading={reopen.isPending}>
              {t('reopen.send')}
            </Button>
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

/** After declining: a supervisor's review, and the external recourse the workspace names. */
export function EscalationPaths({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const [reason, setReason] = useState('');
  const escalate = useCaseAction(detail.id, '/my/cases/{id}/escalation');
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('escalation.title')}
        </Title>
        <Text size="sm">{t('escalation.intro')}</Text>
        {detail.escalation.internal ? (
          <Stack
            component="form"
            gap="xs"
            onSubmit={(e) => {
              e.preventDefault();
              escalate.mutate({ reason });
            }}
          >
            <Textarea
              label={t('escalation.reason')}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            {escalate.error && <ProblemAlert error={escalate.error} />}
            <Button type="submit" variant="light" loading={escalate.isPending}>
              {t('escalation.request')}
            </Button>
          </Stack>
        ) : (
          detail.escalatedAt && <Notice color="blue">{t('escalation.requested')}</Notice>
        )}
        {detail.escalation.externalRecourse && (
          <Notice color="gray" title={t('escalation.external')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {detail.escalation.externalRecourse}
            </Text>
          </Notice>
        )}
      </Stack>
    </Card>
  );
}
