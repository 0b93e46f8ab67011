import { Button, Card, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useAgents, useRootCauses, useTeams } from '../queries';
import type { CaseDetail, Priority, Severity } from '../types';
import { useStaffAction } from './use-staff-action';

/** Initial assessment: severity, priority, the safety flag, warranty; and the status. */
export function AssessmentPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const causes = useRootCauses();
  const [form, setForm] = useState({
    severity: detail.severity,
    priority: detail.priority,
    safety: detail.safety,
    purchaseDate: detail.purchaseDate ?? '',
    warrantyMonths: detail.warrantyMonths ?? 12,
    rootCauseId: detail.rootCauseId,
  });
  const save = useStaffAction(detail.id, '/cases/{id}', 'patch');
  const waiting = useStaffAction(detail.id, '/cases/{id}', 'patch');
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ ...form, purchaseDate: form.purchaseDate || null });
      }}
    >
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('assess.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('assess.severity')}
            allowDeselect={false}
            value={form.severity}
            onChange={(v) => v && setForm({ ...form, severity: v as Severity })}
            data={(['low', 'medium', 'high', 'critical'] as const).map((k) => ({
              value: k,
              label: t(`severity.${k}`),
            }))}
          />
          <Select
            label={t('assess.priority')}
            allowDeselect={false}
            value={form.priority}
            onChange={(v) => v && setForm({ ...form, priority: v as Priority })}
            data={(['low', 'normal', 'high', 'urgent'] as const).map((k) => ({ value: k, label: t(`priority.${k}`) }))}
          />
          <TextInput
            type="date"
            label={t('form.purchaseDate')}
            value={form.purchaseDate}
            onChange={(e) => setForm({ ...form, purchaseDate: e.currentTarget.value })}
          />
          <NumberInput
            label={t('assess.warrantyMonths')}
            min={0}
            max={240}
            value={form.warrantyMonths}
            onChange={(v) => setForm({ ...form, warrantyMonths: Number(v) || 0 })}
          />
          <Select
            label={t('assess.rootCause')}
            clearable
            value={form.rootCauseId}
            onChange={(v) => setForm({ ...form, rootCauseId: v })}
            data={(causes.data?.items ?? []).map((c) => ({ value: c.id, label: c.path }))}
          />
        </SimpleGrid>
        <Checkbox
          label={t('assess.safety')}
          description={t('assess.safetyHint')}
          checked={form.safety}
          onChange={(e) => setForm({ ...form, safety: e.currentTarget.checked })}
        />
        {(save.error || waiting.error) && <ProblemAlert error={save.error ?? waiting.error} />}
        <Group wrap="wrap">
          <Button type="submit" loading={save.isPending}>
            {t('assess.save')}
          </Button>
          {detail.status !== 'waiting_on_customer' &&
            !['resolved', 'merged', 'remedy_offered'].includes(detail.status) && (
              <Button
                variant="default"
                loading={waiting.isPending}
                onClick={() => waiting.mutate({ status: 'waiting_on_customer' })}
              >
                {t('assess.wait')}
              </Button>
            )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Assignment to a team and an agent: by hand, or by the team's rule. */
export function AssignPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const teams = useTeams();
  const agents = useAgents();
  const [teamId, setTeamId] = useState<string | null>(detail.teamId);
  const [assigneeId, setAssigneeId] = useState<string | null>(detail.assignee?.id ?? null);
  const assign = useStaffAction(detail.id, '/cases/{id}/assignment');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('assign.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('assign.team')}
            clearable
            value={teamId}
            onChange={setTeamId}
            data={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
          />
          <Select
            label={t('assign.agent')}
            clearable
            value={assigneeId}
            onChange={setAssigneeId}
            data={(agents.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
          />
        </SimpleGrid>
        {assign.error && <ProblemAlert error={assign.error} />}
        <Group wrap="wrap">
          <Button loading={assign.isPending} onClick={() => assign.mutate({ teamId, assigneeId })}>
            {t('assign.save')}
          </Button>
          <Button variant="light" disabled={!teamId} onClick={() => assign.mutate({ teamId, auto: true })}>
            {t('assign.auto')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
