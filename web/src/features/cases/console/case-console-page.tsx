import { Anchor, Card, Grid, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, useRemedyLabel, useStaffCase } from '../queries';
import { PriorityBadges, StatusBadge } from '../shared/badges';
import { Photos, Thread } from '../shared/thread';
import type { CaseDetail } from '../types';
import { slotText } from '../portal/offer-choice';
import { AssessmentPanel, AssignPanel } from './assessment-panel';
import { CaseTools, ResolvePanel } from './case-tools';
import { OfferForm } from './offer-form';
import { ReplyBox } from './reply-box';
import { Notice } from '../shared/notice';

function History({ id }: { id: string }) {
  const { t, i18n } = useTranslation('cases');
  const history = useQuery({
    queryKey: [...casesKey, 'history', id],
    queryFn: ({ signal }) => api.get('/cases/{id}/history', { params: { id }, signal }),
  });
  if (history.isPending) return <PageLoader />;
  if (history.error) return <ProblemAlert error={history.error} />;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('history.when')}</Table.Th>
            <Table.Th>{t('history.who')}</Table.Th>
            <Table.Th>{t('history.what')}</Table.Th>
            <Table.Th>{t('history.changes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.items.map((h) => (
            <Table.Tr key={h.id}>
              <Table.Td>{formatDateTime(h.createdAt, i18n.language)}</Table.Td>
              <Table.Td>{h.actor}</Table.Td>
              <Table.Td>{t(`history.action.${h.action}`, { defaultValue: h.action })}</Table.Td>
              <Table.Td>
                <Text size="xs" style={{ wordBreak: 'break-word' }}>
                  {Object.entries(h.changes)
                    .map(
                      ([k, v]) =>
                        `${k}: ${Array.isArray(v) ? `${String(v[0] ?? '—')} → ${String(v[1] ?? '—')}` : String(v)}`,
                    )
                    .join('; ')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Facts({ c }: { c: CaseDetail }) {
  const { t, i18n } = useTranslation('cases');
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const rows: [string, string][] = [
    [t('detail.customer'), c.customer?.displayName ?? ''],
    [t('detail.channel'), t(`channel.${c.channel}`)],
    [t('detail.product'), [c.product, c.model, c.serialNumber].filter(Boolean).join(' · ') || '—'],
    [t('detail.warranty'), t(`warranty.${c.warrantyStatus}`, { until: c.warrantyUntil ?? '' })],
    [t('detail.requested'), c.requestedRemedy || '—'],
    [t('detail.severity'), t(`severity.${c.severity}`)],
    [
      t('detail.firstResponseDue'),
      c.firstRespondedAt ? `${t('detail.answered')} ${when(c.firstRespondedAt)}` : when(c.firstResponseDueAt),
    ],
    [t('detail.nextResponseDue'), when(c.nextResponseDueAt)],
    [t('detail.resolutionDue'), c.slaPaused ? t('detail.paused') : when(c.resolutionDueAt)],
  ];
  return (
    <Table variant="vertical" layout="fixed">
      <Table.Tbody>
        {rows.map(([k, v]) => (
          <Table.Tr key={k}>
            <Table.Th w={150}>{k}</Table.Th>
            <Table.Td>{v}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** An agent works a case: assessment, assignment, replies and notes, remedies, resolution, history. */
export function CaseConsolePage() {
  const { t, i18n } = useTranslation('cases');
  const { id } = useParams();
  const query = useStaffCase(id);
  const remedyLabel = useRemedyLabel(query.data?.remedyMenu);
  if (query.isPending) return <PageLoader />;
  if (query.error) return <ProblemAlert error={query.error} />;
  const c = query.data;
  const closed = c.status === 'resolved' || c.status === 'merged';
  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/console/cases" size="sm">
        ← {t('queue.title')}
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
        <Group gap="xs">
          <PriorityBadges priority={c.priority} safety={c.safety} />
          <StatusBadge status={c.status} />
        </Group>
      </Group>
      {c.slaBreached && <Notice color="red">{t('detail.breached')}</Notice>}
      {c.escalatedAt && (
        <Notice color="orange">{t('detail.escalated', { when: formatDateTime(c.escalatedAt, i18n.language) })}</Notice>
      )}
      {c.declineReason && c.status === 'remedy_rejected' && (
        <Notice color="orange" title={t('detail.declined')}>
          {c.declineReason}
        </Notice>
      )}
      {c.satisfaction !== null && (
        <Notice color="green">
          {t('detail.rated', { score: c.satisfaction })}
          {c.satisfactionComment ? ` — ${c.satisfactionComment}` : ''}
        </Notice>
      )}
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Tabs defaultValue="thread">
            <Tabs.List>
              <Tabs.Tab value="thread">{t('thread.title')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('history.title')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="thread" pt="sm">
              <Stack gap="md">
                <Card withBorder>
                  <div className="user-content" dangerouslySetInnerHTML={{ __html: c.descriptionHtml }} />
                  <Photos files={c.files} label={t('thread.photo')} />
                </Card>
                <Thread messages={c.messages} />
                {c.offers.length > 0 && (
                  <Card withBorder>
                    <Title order={2} fz="lg" mb="xs">
                      {t('offers.history')}
                    </Title>
                    <Stack gap={4}>
                      {c.offers.map((o) => (
                        <Text key={o.id} size="sm">
                          #{o.round} {remedyLabel(o.remedy)} — {t(`offerStatus.${o.status}`)}
                          {o.chosenSlot ? ` · ${slotText(o.chosenSlot, i18n.language)}` : ''}
                          {o.carriedOutAt ? ` · ${t('offers.carriedOut')}` : ''}
                        </Text>
                      ))}
                    </Stack>
                  </Card>
                )}
                {!closed && <ReplyBox detail={c} />}
                {!closed && c.status !== 'remedy_accepted' && c.status !== 'carried_out' && <OfferForm detail={c} />}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="history" pt="sm">
              <History id={c.id} />
            </Tabs.Panel>
          </Tabs>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md">
            <Card withBorder>
              <Facts c={c} />
            </Card>
            {!closed && <AssessmentPanel key={c.updatedAt} detail={c} />}
            {!closed && <AssignPanel key={`a${c.updatedAt}`} detail={c} />}
            {!closed && c.status !== 'remedy_offered' && <ResolvePanel detail={c} />}
            <CaseTools detail={c} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
