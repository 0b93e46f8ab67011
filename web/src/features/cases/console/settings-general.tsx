import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, useTeams } from '../queries';
import type { CaseSettings } from '../types';

/** Remedy menu, external recourse text, reopen period, SLA warning, default team, warranty terms. */
export function GeneralSettings({ settings }: { settings: CaseSettings }) {
  const { t } = useTranslation('cases');
  const client = useQueryClient();
  const teams = useTeams();
  const [form, setForm] = useState(settings);
  const save = useMutation({
    mutationFn: () => api.put('/cases/settings', form),
    onSuccess: (s) => client.setQueryData([...casesKey, 'settings'], s),
  });
  const setRemedy = (i: number, patch: Partial<CaseSettings['remedyMenu'][number]>) =>
    setForm({ ...form, remedyMenu: form.remedyMenu.map((r, j) => (i === j ? { ...r, ...patch } : r)) });
  const setTerm = (i: number, patch: Partial<CaseSettings['warrantyTerms'][number]>) =>
    setForm({ ...form, warrantyTerms: form.warrantyTerms.map((r, j) => (i === j ? { ...r, ...patch } : r)) });
  return (
    <Stack
      component="form"
      gap="md"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Text fw={600}>{t('settings.remedyMenu')}</Text>
      {form.remedyMenu.map((r, i) => (
        <Group key={i} align="flex-end" wrap="wrap" gap="xs">
          <TextInput
            label={t('settings.remedyKey')}
            value={r.key}
            onChange={(e) => setRemedy(i, { key: e.currentTarget.value })}
            w={150}
          />
          <TextInput
            label={t('settings.labelZh')}
            value={r.labelZh}
            onChange={(e) => setRemedy(i, { labelZh: e.currentTarget.value })}
            w={150}
          />
          <TextInput
            label={t('settings.labelEn')}
            value={r.labelEn}
            onChange={(e) => setRemedy(i, { labelEn: e.currentTarget.value })}
            w={180}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('settings.removeRemedy', { name: r.labelZh || r.key })}
            onClick={() => setForm({ ...form, remedyMenu: form.remedyMenu.filter((_, j) => j !== i) })}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => setForm({ ...form, remedyMenu: [...form.remedyMenu, { key: '', labelZh: '', labelEn: '' }] })}
        >
          {t('settings.addRemedy')}
        </Button>
      </Group>
      <Textarea
        label={t('settings.externalRecourse')}
        description={t('settings.externalRecourseHint')}
        value={form.externalRecourse}
        onChange={(e) => setForm({ ...form, externalRecourse: e.currentTarget.value })}
        autosize
        minRows={2}
      />
      <Group wrap="wrap" align="flex-end">
        <NumberInput
          label={t('settings.reopenDays')}
          min={0}
          max={365}
          value={form.reopenDays}
          onChange={(v) => setForm({ ...form, reopenDays: Number(v) || 0 })}
          w={180}
        />
        <NumberInput
          label={t('settings.warnMinutes')}
          min={0}
          max={10080}
          value={form.warnMinutes}
          onChange={(v) => setForm({ ...form, warnMinutes: Number(v) || 0 })}
          w={180}
        />
        <Select
          label={t('settings.defaultTeam')}
          clearable
          value={form.defaultTeamId}
          onChange={(v) => setForm({ ...form, defaultTeamId: v })}
          data={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
          w={200}
        />
        <NumberInput
          label={t('settings.defaultWarranty')}
          min={0}
          max={240}
          value={form.defaultWarrantyMonths}
          onChange={(v) => setForm({ ...form, defaultWarrantyMonths: Number(v) || 0 })}
          w={180}
        />
      </Group>
      <Text fw={600}>{t('settings.warrantyTerms')}</Text>
      {form.warrantyTerms.map((w, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label={t('form.product')}
            value={w.product}
            onChange={(e) => setTerm(i, { product: e.currentTarget.value })}
          />
          <NumberInput
            label={t('assess.warrantyMonths')}
            min={0}
            max={240}
            value={w.months}
            onChange={(v) => setTerm(i, { months: Number(v) || 0 })}
            w={140}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('settings.removeTerm', { name: w.product })}
            onClick={() => setForm({ ...form, warrantyTerms: form.warrantyTerms.filter((_, j) => j !== i) })}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => setForm({ ...form, warrantyTerms: [...form.warrantyTerms, { product: '', months: 12 }] })}
        >
          {t('settings.addTerm')}
        </Button>
      </Group>
      {save.error && <ProblemAlert error={save.error} />}
      {save.isSuccess && (
        <Text size="sm" c="green" role="status">
          {t('settings.saved')}
        </Text>
      )}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {t('settings.save')}
        </Button>
      </Group>
    </Stack>
  );
}
