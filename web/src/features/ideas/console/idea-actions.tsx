import { Button, Group, NumberInput, Select, Stack, Switch, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { IdeasProblem } from '../ideas-problem';
import { ConsoleSection } from '../../../ui/console-page';
import { ideasKey, useBoards, useStatuses, useStatusName } from '../queries';
import type { Idea, Importance } from '../types';

function useIdeaAction<T>(fn: (v: T) => Promise<unknown>, onDone?: () => void) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      onDone?.();
      void client.invalidateQueries({ queryKey: ideasKey });
    },
  });
}

export function StatusForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation('ideas');
  const statuses = useStatuses();
  const name = useStatusName();
  const [status, setStatus] = useState<string | null>(idea.status);
  const [note, setNote] = useState('');
  const save = useIdeaAction(
    () => api.post('/ideas/{id}/status', { status: status ?? idea.status, note }, { params: { id: idea.id } }),
    () => setNote(''),
  );
  return (
    <ConsoleSection id="status-form" title={t('staff.status')}>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(undefined);
        }}
      >
        <Select
          label={t('staff.newStatus')}
          value={status}
          onChange={setStatus}
          allowDeselect={false}
          data={(statuses.data?.items ?? []).map((s) => ({ value: s.key, label: name(s.key) }))}
        />
        <Textarea
          label={t('staff.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {save.error && <IdeasProblem error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('staff.saveStatus')}
          </Button>
        </Group>
      </Stack>
    </ConsoleSection>
  );
}

export function AnswerForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation('ideas');
  const [body, setBody] = useState(idea.answer?.body ?? '');
  const save = useIdeaAction(() => api.put('/ideas/{id}/answer', { body }, { params: { id: idea.id } }));
  return (
    <ConsoleSection id="answer-form" title={t('staff.answer')} intro={t('staff.answerIntro')}>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(undefined);
        }}
      >
        <Textarea
          label={t('staff.answerBody')}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        {save.error && <IdeasProblem error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('staff.postAnswer')}
          </Button>
        </Group>
      </Stack>
    </ConsoleSection>
  );
}

export function MergeForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation('ideas');
  const [query, setQuery] = useState(idea.title);
  const [into, setInto] = useState<string | null>(null);
  const similar = useQuery({
    queryKey: [...ideasKey, 'similar', idea.boardSlug, query],
    enabled: query.trim().length >= 2,
    queryFn: ({ signal }) => api.get('/ideas/similar', { signal, query: { title: query } }),
  });
  const merge = useIdeaAction(() => api.post('/ideas/{id}/merge', { intoId: into ?? '' }, { params: { id: idea.id } }));
  const options = (similar.data?.items ?? [])
    .filter((s) => s.id !== idea.id)
    .map((s) => ({ value: s.id, label: `${s.title} (${s.voteCount})` }));
  return (
    <ConsoleSection id="merge-form" title={t('staff.merge')} intro={t('staff.mergeIntro')}>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          merge.mutate(undefined);
        }}
      >
        <TextInput label={t('staff.mergeSearch')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />
        <Select
          label={t('staff.mergeInto')}
          value={into}
          onChange={setInto}
          data={options}
          nothingFoundMessage={t('staff.noMatches')}
        />
        {merge.error && <IdeasProblem error={merge.error} />}
        <Group>
          <Button type="submit" disabled={!into} loading={merge.isPending}>
            {t('staff.mergeButton')}
          </Button>
        </Group>
      </Stack>
    </ConsoleSection>
  );
}

export function OnBehalfForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation('ideas');
  const [email, setEmail] = useState('');
  const [reason, setReason] = useState('');
  const [importance, setImportance] = useState<Importance>('important');
  const save = useIdeaAction(
    () =>
      api.post(
        '/ideas/{id}/votes-on-behalf',
        { customerEmail: email, reason, importance },
        { params: { id: idea.id } },
      ),
    () => {
      setEmail('');
      setReason('');
    },
  );
  return (
    <ConsoleSection id="behalf-form" title={t('staff.onBehalf')} intro={t('staff.onBehalfIntro')}>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(undefined);
        }}
      >
        <TextInput
          type="email"
          label={t('staff.customerEmail')}
          required
          value={email}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <TextInput
          label={t('staff.reason')}
          required
          minLength={3}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Select
          label={t('vote.importance')}
          value={importance}
          onChange={(v) => v && setImportance(v as Importance)}
          allowDeselect={false}
          data={(['nice_to_have', 'important', 'critical'] as const).map((v) => ({
            value: v,
            label: t(`importance.${v}`),
          }))}
        />
        {save.error && <IdeasProblem error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('staff.addVote')}
          </Button>
        </Group>
      </Stack>
    </ConsoleSection>
  );
}

export function EditForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation('ideas');
  const [title, setTitle] = useState(idea.title);
  const [body, setBody] = useState(idea.body);
  const [tags, setTags] = useState<string[]>(idea.tags);
  const save = useIdeaAction(() => api.patch('/ideas/{id}', { title, body, tags }, { params: { id: idea.id } }));
  return (
    <ConsoleSection id="edit-form" title={t('staff.edit')}>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(undefined);
        }}
      >
        <TextInput
          label={t('submit.ideaTitle')}
          required
          minLength={4}
          maxLength={140}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        <Textarea
          label={t('submit.body')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <TagsInput label={t('submit.tags')} value={tags} onChange={setTags} />
        {save.error && <IdeasProblem error={save.error} />}
        <Group>
          <Button type="submit" variant="default" loading={save.isPending}>
            {t('staff.saveEdit')}
          </Button>
        </Group>
      </Stack>
    </ConsoleSection>
  );
}

export function ModerationForm({ idea }: { idea: Idea }) {
  const { t } = useTranslation('ideas');
  const boards = useBoards();
  const [board, setBoard] = useState<string | null>(idea.boardSlug);
  const [impact, setImpact] = useState<number | string>(idea.rice?.impact ?? '');
  const [confidence, setConfidence] = useState<number | string>(idea.rice?.confidence ?? '');
  const [effort, setEffort] = useState<number | string>(idea.rice?.effort ?? '');
  const patch = useIdeaAction((body: Record<string, unknown>) =>
    api.patch('/ideas/{id}', body, { params: { id: idea.id } }),
  );
  const n = (v: number | string) => (v === '' ? null : Number(v));
  return (
    <ConsoleSection id="moderation-form" title={t('staff.moderation')}>
      <Group gap="sm">
        {idea.moderation !== 'visible' && (
          <Button onClick={() => patch.mutate({ moderation: 'visible' })}>{t('staff.approve')}</Button>
        )}
        {idea.moderation !== 'hidden' && (
          <Button variant="default" onClick={() => patch.mutate({ moderation: 'hidden' })}>
            {t('staff.hide')}
          </Button>
        )}
        <Switch
          label={t('staff.lock')}
          checked={idea.locked}
          onChange={(e) => patch.mutate({ locked: e.currentTarget.checked })}
        />
      </Group>
      <Group align="flex-end" gap="sm">
        <Select
          label={t('staff.moveTo')}
          value={board}
          onChange={setBoard}
          allowDeselect={false}
          data={(boards.data?.items ?? []).map((b) => ({ value: b.slug, label: b.name }))}
          w={220}
        />
        <Button variant="default" onClick={() => patch.mutate({ board })} disabled={board === idea.boardSlug}>
          {t('staff.move')}
        </Button>
      </Group>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('staff.impact')}
          value={impact}
          onChange={setImpact}
          min={0}
          max={10}
          step={0.25}
          w={110}
        />
        <NumberInput
          label={t('staff.confidence')}
          value={confidence}
          onChange={setConfidence}
          min={0}
          max={100}
          w={130}
        />
        <NumberInput label={t('staff.effort')} value={effort} onChange={setEffort} min={0.01} max={1000} w={150} />
        <Button
          variant="default"
          onClick={() => patch.mutate({ rice: { impact: n(impact), confidence: n(confidence), effort: n(effort) } })}
        >
          {t('staff.saveRice')}
        </Button>
      </Group>
      {patch.error && <IdeasProblem error={patch.error} />}
    </ConsoleSection>
  );
}
