import { Button, Checkbox, Group, List, MultiSelect, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyOf } from '../../../api/operations';
import { api } from '../../../ui/api';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, useAgents, useMacros, useRootCauses, useTeams } from '../queries';
import type { Team } from '../types';

const PLACEHOLDERS = ['customer.name', 'case.number', 'case.subject', 'case.product', 'agent.name', 'workspace.name']
  .map((p) => `{{${p}}}`)
  .join(', ');

function useSaver<T>(run: (body: T) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: run, onSuccess: () => client.invalidateQueries({ queryKey: casesKey }) });
}

function TeamForm({ team, onDone }: { team: Team | null; onDone: () => void }) {
  const { t } = useTranslation('cases');
  const agents = useAgents();
  const [name, setName] = useState(team?.name ?? '');
  const [assignment, setAssignment] = useState<Team['assignment']>(team?.assignment ?? 'round_robin');
  const [memberIds, setMemberIds] = useState<string[]>(team?.memberIds ?? []);
  const save = useSaver((body: BodyOf<'post', '/case-teams'>) =>
    team ? api.put('/case-teams/{id}', body, { params: { id: team.id } }) : api.post('/case-teams', body),
  );
  return (
    <Stack
      component="form"
      gap="xs"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ name, assignment, memberIds }, { onSuccess: onDone });
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('settings.teamName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Select
          label={t('settings.assignment')}
          allowDeselect={false}
          value={assignment}
          onChange={(v) => v && setAssignment(v as Team['assignment'])}
          data={(['manual', 'round_robin', 'least_loaded'] as const).map((k) => ({
            value: k,
            label: t(`assignment.${k}`),
          }))}
          w={180}
        />
      </Group>
      <MultiSelect
        label={t('settings.members')}
        value={memberIds}
        onChange={setMemberIds}
        data={(agents.data ?? []).map((a) => ({ value: a.id, label: a.displayName }))}
      />
      {save.error && <ProblemAlert error={save.error} />}
      <Group>
        <Button type="submit" size="xs" loading={save.isPending}>
          {team ? t('settings.save') : t('settings.addTeam')}
        </Button>
      </Group>
    </Stack>
  );
}

export function TeamsSettings() {
  const { t } = useTranslation('cases');
  const teams = useTeams();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <Stack gap="md">
      {(teams.data?.items ?? []).map((team) => (
        <Stack key={team.id} gap={4}>
          <Group wrap="wrap">
            <Text fw={600}>{team.name}</Text>
            <Text size="sm" c="dimmed">
              {t(`assignment.${team.assignment}`)} · {t('settings.memberCount', { count: team.memberIds.length })}
            </Text>
            <Button size="compact-xs" variant="subtle" onClick={() => setEditing(editing === team.id ? null : team.id)}>
              {t('settings.edit')}
            </Button>
          </Group>
          {editing === team.id && <TeamForm team={team} onDone={() => setEditing(null)} />}
        </Stack>
      ))}
      <TeamForm key={teams.data?.items.length ?? 0} team={null} onDone={() => undefined} />
    </Stack>
  );
}

export function RootCauseSettings() {
  const { t } = useTranslation('cases');
  const causes = useRootCauses();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState<string | null>(null);
  const add = useSaver((body: BodyOf<'post', '/case-root-causes'>) => api.post('/case-root-causes', body));
  const remove = useSaver((id: string) => api.delete('/case-root-causes/{id}', { params: { id } }));
  return (
    <Stack gap="sm">
      <List size="sm" aria-label={t('settings.rootCauses')}>
        {(causes.data?.items ?? []).map((c) => (
          <List.Item key={c.id}>
            {c.path}{' '}
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(c.id)}>
              {t('settings.remove')}
            </Button>
          </List.Item>
        ))}
      </List>
      {remove.error && <ProblemAlert error={remove.error} />}
      <Group
        component="form"
        align="flex-end"
        wrap="wrap"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate({ name, parentId }, { onSuccess: () => setName('') });
        }}
      >
        <TextInput
          label={t('settings.causeName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Select
          label={t('settings.parent')}
          clearable
          value={parentId}
          onChange={setParentId}
          data={(causes.data?.items ?? []).map((c) => ({ value: c.id, label: c.path }))}
          w={220}
        />
        <Button type="submit" size="sm" loading={add.isPending}>
          {t('settings.addCause')}
        </Button>
      </Group>
      {add.error && <ProblemAlert error={add.error} />}
    </Stack>
  );
}

export function MacroSettings() {
  const { t } = useTranslation('cases');
  const macros = useMacros();
  const [name, setName] = useState('');
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const add = useSaver((b: BodyOf<'post', '/case-macros'>) => api.post('/case-macros', b));
  const remove = useSaver((id: string) => api.delete('/case-macros/{id}', { params: { id } }));
  return (
    <Stack gap="sm">
      <List size="sm" aria-label={t('settings.macros')}>
        {(macros.data?.items ?? []).map((m) => (
          <List.Item key={m.id}>
            <Text span fw={600}>
              {m.name}
            </Text>
            : {m.body}{' '}
            <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove.mutate(m.id)}>
              {t('settings.remove')}
            </Button>
          </List.Item>
        ))}
      </List>
      <Stack
        component="form"
        gap="xs"
        onSubmit={(e) => {
          e.preventDefault();
          add.mutate(
            { name, body, internal },
            {
              onSuccess: () => {
                setName('');
                setBody('');
              },
            },
          );
        }}
      >
        <TextInput
          label={t('settings.macroName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Textarea
          label={t('settings.macroBody')}
          description={t('settings.macroHint', { list: PLACEHOLDERS })}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Checkbox
          label={t('reply.internal')}
          checked={internal}
          onChange={(e) => setInternal(e.currentTarget.checked)}
        />
        {add.error && <ProblemAlert error={add.error} />}
        <Group>
          <Button type="submit" size="sm" loading={add.isPending}>
            {t('settings.addMacro')}
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
