import {
  Badge,
  Button,
  Card,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage } from '../../../ui/console-page';
import { percent, useLocalText } from '../local-text';
import { useAssignees, useFollowups, useRecovery, useUpdateFollowup } from '../queries';
import type { Followup } from '../types';

const category = (score: number) => (score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor');

function FollowupCard({ f }: { f: Followup }) {
  const { t, i18n } = useTranslation('surveys');
  const text = useLocalText();
  const assignees = useAssignees();
  const update = useUpdateFollowup();
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Followup['outcome']>(f.outcome);
  const headingId = `followup-${f.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} padding="md">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="md" id={headingId}>
            {f.customer ? f.customer.name || f.customer.email : t('followups.anonymous')}
          </Title>
          <Group gap={6}>
            <Badge color="red" variant="light">
              {t(`followups.kinds.${f.kind}`, { score: f.score })}
            </Badge>
            {f.nextResponse?.score !== null && f.nextResponse && (
              <Badge color={category(f.nextResponse.score!) === 'detractor' ? 'red' : 'teal'} variant="filled">
                {t('followups.movement', {
                  from: t('followups.categories.detractor'),
                  to: t(`followups.categories.${category(f.nextResponse.score!)}`),
                  score: f.nextResponse.score,
                })}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {text(f.surveyTitle)} · {formatDateTime(f.createdAt, i18n.language)}
          {f.customer?.email ? ` · ${f.customer.email}` : ''}
        </Text>
        {f.comment && <Text style={{ whiteSpace: 'pre-wrap' }}>“{f.comment}”</Text>}
        {f.notes.map((n, i) => (
          <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            · {n.body}{' '}
            <Text span c="dimmed" size="xs">
              {formatDateTime(n.at, i18n.language)}
            </Text>
          </Text>
        ))}
        {f.status === 'open' ? (
          <Stack gap="xs">
            <Select
              label={t('followups.assignee')}
              clearable
              data={(assignees.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
              value={f.assignee?.id ?? null}
              onChange={(v) => update.mutate({ id: f.id, assigneeId: v })}
              maw={320}
            />
            <Textarea
              label={t('followups.note')}
              autosize
              minRows={2}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Group align="flex-end" wrap="wrap">
              <Button
                variant="default"
                disabled={!note.trim()}
                loading={update.isPending}
                onClick={() => update.mutate({ id: f.id, note }, { onSuccess: () => setNote('') })}
              >
                {t('followups.addNote')}
              </Button>
              <Select
                label={t('followups.outcome')}
                data={(['contacted', 'resolved', 'no_answer'] as const).map((o) => ({
                  value: o,
                  label: t(`followups.outcomes.${o}`),
                }))}
                value={outcome}
                onChange={(v) => setOutcome(v as Followup['outcome'])}
                w={180}
              />
              <Button
                disabled={!outcome}
                loading={update.isPending}
                onClick={() =>
                  update.mutate({ id: f.id, outcome: outcome!, close: true, ...(note.trim() ? { note } : {}) })
                }
              >
                {t('followups.close')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Text size="sm">
            {t('followups.closedWith', {
              outcome: f.outcome ? t(`followups.outcomes.${f.outcome}`) : '—',
              who: f.assignee?.name ?? '—',
            })}
          </Text>
        )}
        {update.isError && <ProblemAlert error={update.error} />}
      </Stack>
    </Card>
  );
}

/** Detractors and unhappy CSAT answers to call back, and how many came back happier. */
export function FollowupsPage() {
  const { t } = useTranslation('surveys');
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const list = useFollowups(status);
  const recovery = useRecovery();
  const r = recovery.data;
  return (
    <ConsolePage title={t('followups.title')} intro={t('followups.intro')}>
      {r && (
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          {[
            [t('followups.stats.open'), r.open],
            [t('followups.stats.closed'), r.closed],
            [t('followups.stats.answeredAgain'), `${r.answeredAgain} / ${r.detractors}`],
            [t('followups.stats.recovered'), percent(r.recoveredShare)],
          ].map(([label, value]) => (
            <Card key={String(label)} withBorder padding="sm">
              <Text size="xs" c="dimmed">
                {label}
              </Text>
              <Text fw={700} fz="xl">
                {value}
              </Text>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {r && (
        <Text size="sm" c="dimmed">
          {t('followups.movementLine', {
            detractor: r.movement.detractor,
            passive: r.movement.passive,
            promoter: r.movement.promoter,
          })}
        </Text>
      )}
      <SegmentedControl
        value={status}
        onChange={(v) => setStatus(v as typeof status)}
        data={[
          { value: 'open', label: t('followups.open') },
          { value: 'closed', label: t('followups.closed') },
        ]}
        w="fit-content"
      />
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('followups.none')}</Text>
      ) : (
        <Stack gap="sm">
          {list.data.items.map((f) => (
            <FollowupCard key={f.id} f={f} />
          ))}
        </Stack>
      )}
    </ConsolePage>
  );
}
