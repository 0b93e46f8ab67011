import { Button, Group, NumberInput, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { IdeasProblem } from '../ideas-problem';
import { ConsolePage, ConsoleSection } from '../../../ui/console-page';
import { ideasKey, useBoards } from '../queries';
import { StatusesForm } from './statuses-form';
import type { Board } from '../types';

const num = (v: number | string) => (v === '' ? null : Number(v));
const parseValues = (text: string) =>
  Object.fromEntries(
    text
      .split(',')
      .map((p) => p.split('=').map((x) => x.trim()))
      .filter(([k, v]) => k && v && !Number.isNaN(Number(v)))
      .map(([k, v]) => [k!, Number(v)]),
  );

function BoardForm({ board, onDone }: { board: Board | null; onDone: () => void }) {
  const { t } = useTranslation('ideas');
  const client = useQueryClient();
  const [name, setName] = useState(board?.name ?? '');
  const [slug, setSlug] = useState(board?.slug ?? '');
  const [description, setDescription] = useState(board?.description ?? '');
  const [visibility, setVisibility] = useState<Board['visibility']>(board?.visibility ?? 'public');
  const [segments, setSegments] = useState<string[]>(board?.accessSegments ?? []);
  const [tags, setTags] = useState<string[]>(board?.tags ?? []);
  const [budget, setBudget] = useState<number | string>(board?.voteBudget ?? '');
  const [importance, setImportance] = useState(board?.importanceEnabled ?? false);
  const [attribute, setAttribute] = useState(board?.weightRule.attribute ?? '');
  const [values, setValues] = useState(
    Object.entries(board?.weightRule.values ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
  );
  const [threshold, setThreshold] = useState<number | string>(board?.thresholdSupporters ?? '');
  const [share, setShare] = useState<number | string>(board?.thresholdSharePercent ?? '');
  const [answerDays, setAnswerDays] = useState<number | string>(board?.answerDays ?? 30);
  const [premoderation, setPremoderation] = useState<Board['premoderation']>(board?.premoderation ?? 'off');
  const save = useMutation({
    mutationFn: () => {
      const body = {
        name,
        description,
        visibility,
        accessSegments: segments,
        tags,
        voteBudget: num(budget),
        importanceEnabled: importance,
        weightRule: attribute ? { attribute, values: parseValues(values) } : {},
        thresholdSupporters: num(threshold),
        thresholdSharePercent: num(share),
        answerDays: Number(answerDays) || 30,
        premoderation,
      };
      return board
        ? api.patch('/idea-boards/{id}', body, { params: { id: board.id } })
        : api.post('/idea-boards', { ...body, slug });
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ideasKey });
      onDone();
    },
  });
  return (
    <Stack
      component="form"
      gap="xs"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <TextInput label={t('boards.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
      {!board && (
        <TextInput
          label={t('boards.slug')}
          description={t('boards.slugHint')}
          required
          pattern="[a-z0-9][a-z0-9-]*"
          value={slug}
          onChange={(e) => setSlug(e.currentTarget.value)}
        />
      )}
      <Textarea
        label={t('boards.description')}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        autosize
      />
      <Select
        label={t('boards.visibility')}
        value={visibility}
        onChange={(v) => v && setVisibility(v as typeof visibility)}
        allowDeselect={false}
        data={[
          { value: 'public', label: t('boards.public') },
          { value: 'private', label: t('boards.private') },
        ]}
      />
      {visibility === 'private' && (
        <TagsInput
          label={t('boards.segments')}
          description={t('boards.segmentsHint')}
          value={segments}
          onChange={setSegments}
        />
      )}
      <TagsInput label={t('boards.tags')} value={tags} onChange={setTags} />
      <Group grow wrap="wrap">
        <NumberInput
          label={t('boards.budget')}
          description={t('boards.budgetHint')}
          value={budget}
          onChange={setBudget}
          min={1}
          max={1000}
        />
        <NumberInput label={t('boards.threshold')} value={threshold} onChange={setThreshold} min={1} />
        <NumberInput
          label={t('boards.share')}
          value={share}
          onChange={setShare}
          min={0.01}
          max={100}
          decimalScale={2}
        />
        <NumberInput label={t('boards.answerDays')} value={answerDays} onChange={setAnswerDays} min={1} max={365} />
      </Group>
      <Switch
        label={t('boards.importance')}
        checked={importance}
        onChange={(e) => setImportance(e.currentTarget.checked)}
      />
      <Group grow wrap="wrap">
        <TextInput
          label={t('boards.weightAttribute')}
          description={t('boards.weightAttributeHint')}
          value={attribute}
          onChange={(e) => setAttribute(e.currentTarget.value)}
        />
        <TextInput
          label={t('boards.weightValues')}
          description={t('boards.weightValuesHint')}
          value={values}
          onChange={(e) => setValues(e.currentTarget.value)}
        />
      </Group>
      <Select
        label={t('boards.premoderation')}
        value={premoderation}
        onChange={(v) => v && setPremoderation(v as typeof premoderation)}
        allowDeselect={false}
        data={(['off', 'new_customers', 'all'] as const).map((v) => ({ value: v, label: t(`boards.premod.${v}`) }))}
      />
      {save.error && <IdeasProblem error={save.error} />}
      <Group>
        <Button type="submit" loading={save.isPending}>
          {board ? t('boards.save') : t('boards.create')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Admins create and shape boards: visibility, segments, tags, budget, weights, threshold, moderation. */
export function BoardsPage() {
  const { t } = useTranslation('ideas');
  const boards = useBoards();
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const board = boards.data?.items.find((b) => b.id === editing) ?? null;
  return (
    <ConsolePage title={t('boards.title')} intro={t('boards.intro')} managersOnly>
      <ConsoleSection
        id="edit-board"
        title={board ? t('boards.editTitle', { name: board.name }) : t('boards.newTitle')}
      >
        <Select
          label={t('boards.pick')}
          clearable
          placeholder={t('boards.newTitle')}
          value={editing}
          onChange={(v) => {
            setEditing(v);
            setFormKey((k) => k + 1);
          }}
          data={(boards.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        />
        <BoardForm
          key={formKey}
          board={board}
          onDone={() => {
            setEditing(null);
            setFormKey((k) => k + 1);
          }}
        />
      </ConsoleSection>
      <StatusesForm />
    </ConsolePage>
  );
}
