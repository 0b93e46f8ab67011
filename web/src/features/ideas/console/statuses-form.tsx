import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { IdeasProblem } from '../ideas-problem';
import { ConsoleSection } from '../../../ui/console-page';
import { ideasKey, useStatuses } from '../queries';
import type { Stage, Status } from '../types';

const STAGES: Stage[] = ['open', 'review', 'planned', 'in_progress', 'shipped', 'declined'];

function Editor({ initial }: { initial: Status[] }) {
  const { t } = useTranslation('ideas');
  const client = useQueryClient();
  const [rows, setRows] = useState<Status[]>(initial);
  const update = (i: number, patch: Partial<Status>) =>
    setRows((r) => r.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const save = useMutation({
    mutationFn: () => api.put('/idea-statuses', { items: rows }),
    onSuccess: () => client.invalidateQueries({ queryKey: ideasKey }),
  });
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {rows.map((row, i) => (
        <Group key={i} gap="xs" align="flex-end" wrap="wrap" role="group" aria-label={t('workflow.row', { n: i + 1 })}>
          <TextInput
            label={t('workflow.key')}
            required
            pattern="[a-z][a-z0-9_]*"
            value={row.key}
            onChange={(e) => update(i, { key: e.currentTarget.value })}
            w={140}
          />
          <TextInput
            label={t('workflow.nameZh')}
            required
            value={row.names['zh-CN']}
            onChange={(e) => update(i, { names: { ...row.names, 'zh-CN': e.currentTarget.value } })}
            w={140}
          />
          <TextInput
            label={t('workflow.nameEn')}
            required
            value={row.names.en}
            onChange={(e) => update(i, { names: { ...row.names, en: e.currentTarget.value } })}
            w={140}
          />
          <Select
            label={t('workflow.stage')}
            value={row.stage}
            allowDeselect={false}
            onChange={(v) => v && update(i, { stage: v as Stage })}
            data={STAGES.map((s) => ({ value: s, label: t(`workflow.stages.${s}`) }))}
            w={150}
          />
          <Button
            variant="subtle"
            onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
            aria-label={t('workflow.removeLabel', { n: i + 1 })}
          >
            {t('workflow.remove')}
          </Button>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => setRows((r) => [...r, { key: '', stage: 'in_progress', names: { 'zh-CN': '', en: '' } }])}
        >
          {t('workflow.add')}
        </Button>
        <Button type="submit" loading={save.isPending}>
          {t('workflow.save')}
        </Button>
      </Group>
      {save.isSuccess && (
        <Text size="sm" role="status">
          {t('workflow.saved')}
        </Text>
      )}
      {save.error && <IdeasProblem error={save.error} />}
    </Stack>
  );
}

/** The workspace's status workflow: order, names in both languages, and what each means. */
export function StatusesForm() {
  const { t } = useTranslation('ideas');
  const statuses = useStatuses();
  return (
    <ConsoleSection id="workflow" title={t('workflow.title')} intro={t('workflow.intro')}>
      {statuses.data && <Editor initial={statuses.data.items} />}
      {statuses.error && <IdeasProblem error={statuses.error} />}
    </ConsoleSection>
  );
}
