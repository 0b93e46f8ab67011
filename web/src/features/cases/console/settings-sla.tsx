import { ActionIcon, Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey } from '../queries';
import type { CalendarDay, Policy } from '../types';

/** SLA targets per priority and case type, in working minutes. */
export function SlaPolicies() {
  const { t } = useTranslation('cases');
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...casesKey, 'policies'],
    queryFn: ({ signal }) => api.get('/cases/sla-policies', { signal }),
  });
  const [items, setItems] = useState<Policy[]>([]);
  useEffect(() => {
    if (query.data) setItems(query.data.items);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () => api.put('/cases/sla-policies', { items }),
    onSuccess: (d) => client.setQueryData([...casesKey, 'policies'], d),
  });
  if (query.isPending) return <PageLoader />;
  const set = (i: number, patch: Partial<Policy>) => setItems(items.map((p, j) => (i === j ? { ...p, ...patch } : p)));
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Text size="sm" c="dimmed">
        {t('settings.slaHint')}
      </Text>
      {items.map((p, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <Select
            label={t('assess.priority')}
            allowDeselect={false}
            value={p.priority}
            onChange={(v) => v && set(i, { priority: v as Policy['priority'] })}
            data={(['urgent', 'high', 'normal', 'low'] as const).map((k) => ({ value: k, label: t(`priority.${k}`) }))}
            w={120}
          />
          <Select
            label={t('form.type')}
            allowDeselect={false}
            value={p.caseType}
            onChange={(v) => v && set(i, { caseType: v as Policy['caseType'] })}
            data={(['*', 'complaint', 'repair', 'question'] as const).map((k) => ({
              value: k,
              label: k === '*' ? t('queue.any') : t(`type.${k}`),
            }))}
            w={130}
          />
          <NumberInput
            label={t('settings.firstResponse')}
            min={1}
            value={p.firstResponseMinutes}
            onChange={(v) => set(i, { firstResponseMinutes: Number(v) || 1 })}
            w={130}
          />
          <NumberInput
            label={t('settings.nextResponse')}
            min={1}
            value={p.nextResponseMinutes}
            onChange={(v) => set(i, { nextResponseMinutes: Number(v) || 1 })}
            w={130}
          />
          <NumberInput
            label={t('settings.resolution')}
            min={1}
            value={p.resolutionMinutes}
            onChange={(v) => set(i, { resolutionMinutes: Number(v) || 1 })}
            w={130}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('settings.removePolicy')}
            onClick={() => setItems(items.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() =>
            setItems([
              ...items,
              {
                priority: 'normal',
                caseType: '*',
                firstResponseMinutes: 240,
                nextResponseMinutes: 480,
                resolutionMinutes: 2700,
              },
            ])
          }
        >
          {t('settings.addPolicy')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('settings.save')}
        </Button>
      </Group>
      {save.error && <ProblemAlert error={save.error} />}
      {save.isSuccess && (
        <Text size="sm" c="green" role="status">
          {t('settings.saved')}
        </Text>
      )}
    </Stack>
  );
}

/** Public holidays and make-up working days (调休) of the workspace. */
export function HolidayCalendar() {
  const { t } = useTranslation('cases');
  const client = useQueryClient();
  const query = useQuery({
    queryKey: [...casesKey, 'calendar'],
    queryFn: ({ signal }) => api.get('/cases/calendar', { signal }),
  });
  const [items, setItems] = useState<CalendarDay[]>([]);
  useEffect(() => {
    if (query.data) setItems(query.data.items);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () => api.put('/cases/calendar', { items }),
    onSuccess: (d) => client.setQueryData([...casesKey, 'calendar'], d),
  });
  if (query.isPending) return <PageLoader />;
  const set = (i: number, patch: Partial<CalendarDay>) =>
    setItems(items.map((d, j) => (i === j ? { ...d, ...patch } : d)));
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Text size="sm" c="dimmed">
        {t('settings.calendarHint')}
      </Text>
      {items.map((d, i) => (
        <Group key={i} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="date"
            label={t('settings.day')}
            required
            value={d.day}
            onChange={(e) => set(i, { day: e.currentTarget.value })}
          />
          <Select
            label={t('settings.kind')}
            allowDeselect={false}
            value={d.kind}
            onChange={(v) => v && set(i, { kind: v as CalendarDay['kind'] })}
            data={[
              { value: 'holiday', label: t('settings.holiday') },
              { value: 'workday', label: t('settings.workday') },
            ]}
            w={160}
          />
          <TextInput
            label={t('settings.dayName')}
            value={d.name}
            onChange={(e) => set(i, { name: e.currentTarget.value })}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('settings.removeDay', { day: d.day })}
            onClick={() => setItems(items.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button size="xs" variant="light" onClick={() => setItems([...items, { day: '', kind: 'holiday', name: '' }])}>
          {t('settings.addDay')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('settings.save')}
        </Button>
      </Group>
      {save.error && <ProblemAlert error={save.error} />}
      {save.isSuccess && (
        <Text size="sm" c="green" role="status">
          {t('settings.saved')}
        </Text>
      )}
    </Stack>
  );
}
