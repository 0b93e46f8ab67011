import { Anchor, Button, Card, Container, Group, Stack, Text, Textarea, Title, FileInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, uploadAll, useOwnCase, useRemedyLabel } from '../queries';
import { StatusBadge } from '../shared/badges';
import { Photos, Thread } from '../shared/thread';
import type { CaseDetail } from '../types';
import { AfterResolution, EscalationPaths } from './after-resolution';
import { OfferChoice, slotText } from './offer-choice';
import { Notice } from '../shared/notice';

function CustomerReply({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const send = useMutation({
    mutationFn: async () =>
      api.post('/my/cases/{id}/messages', { body, fileIds: await uploadAll(files) }, { params: { id: detail.id } }),
    onSuccess: (c) => {
      client.setQueryData([...casesKey, 'own', detail.id], c);
      setBody('');
      setFiles([]);
    },
  });
  return (
    <Stack
      component="form"
      gap="xs"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <Textarea
        label={t('reply.label')}
        required
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={3}
      />
      <FileInput
        label={t('form.photos')}
        multiple
        clearable
        clearButtonProps={{ 'aria-label': t('form.clearPhotos') }}
        accept="image/png,image/jpeg,image/webp,image/gif"
        value={files}
        onChange={(f) => setFiles(f.slice(0, 10))}
      />
      {send.error && <ProblemAlert error={send.error} />}
      <Group>
        <Button type="submit" loading={send.isPending}>
          {t('reply.send')}
        </Button>
      </Group>
    </Stack>
  );
}

/** One of the customer's cases: status at every step, the thread, offers to choose from. */
export function CasePage() {
  const { t, i18n } = useTranslation('cases');
  const { id } = useParams();
  const query = useOwnCase(id);
  const remedyLabel = useRemedyLabel(query.data?.remedyMenu);
  if (query.isPending) return <PageLoader />;
  if (query.error)
    return (
      <Container py="md">
        <ProblemAlert error={query.error} />
      </Container>
    );
  const c = query.data;
  const accepted = c.offers.find((o) => o.status === 'accepted');
  const closed = c.status === 'resolved' || c.status === 'merged';
  return (
    <Container size="md" px={{ base: 'xs', sm: 'md' }} py="md">
      <Stack gap="md">
        <Anchor component={Link} to="/cases" size="sm">
          ← {t('portal.back')}
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={2}>
            <Text c="dimmed" size="sm">
              {c.number} · {t(`type.${c.type}`)}
            </Text>
            <Title order={1} fz={{ base: 22, sm: 28 }}>
              {c.subject}
            </Title>
          </Stack>
          <StatusBadge status={c.status} />
        </Group>
        <Text size="sm" role="status">
          {t(`statusHelp.${c.status}`)}
        </Text>
        {!c.firstRespondedAt && c.firstResponseDueAt && !closed && (
          <Notice color="blue">
            {t('ack.hearBack', { number: c.number, when: formatDateTime(c.firstResponseDueAt, i18n.language) })}
          </Notice>
        )}
        {c.mergedInto && (
          <Notice color="gray">
            {t('merged.into')}{' '}
            <Anchor component={Link} to={`/cases/${c.mergedInto.id}`}>
              {c.mergedInto.number}
            </Anchor>
          </Notice>
        )}
        {accepted && (
          <Notice color="teal" title={t('offers.acceptedTitle')}>
            {remedyLabel(accepted.remedy)}
            {accepted.chosenSlot ? ` · ${slotText(accepted.chosenSlot, i18n.language)}` : ''}
          </Notice>
        )}
        {c.status === 'remedy_offered' && <OfferChoice detail={c} />}
        {(c.status === 'remedy_rejected' || c.escalatedAt) && !closed && <EscalationPaths detail={c} />}
        {c.status === 'resolved' && <AfterResolution detail={c} />}
        <Card withBorder>
          <Stack gap="xs">
            <Title order={2} fz="lg">
              {t('detail.description')}
            </Title>
            <div className="user-content" dangerouslySetInnerHTML={{ __html: c.descriptionHtml }} />
            <Text size="sm" c="dimmed">
              {[c.product, c.model, c.serialNumber].filter(Boolean).join(' · ')}
            </Text>
            <Text size="sm">{t(`warranty.${c.warrantyStatus}`, { until: c.warrantyUntil ?? '' })}</Text>
            <Photos files={c.files} label={t('thread.photo')} />
          </Stack>
        </Card>
        <Title order={2} fz="lg">
          {t('thread.title')}
        </Title>
        <Thread messages={c.messages} />
        {!closed && <CustomerReply detail={c} />}
      </Stack>
    </Container>
  );
}
