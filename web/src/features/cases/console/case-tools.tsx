import { Anchor, Button, Card, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../ui/api';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, useRootCauses } from '../queries';
import type { CaseDetail } from '../types';
import { useStaffAction } from './use-staff-action';
import { Notice } from '../shared/notice';

/** Carrying out the accepted remedy and resolving, tagged with a root cause. */
export function ResolvePanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const causes = useRootCauses();
  const [note, setNote] = useState('');
  const [rootCauseId, setRootCauseId] = useState<string | null>(detail.rootCauseId);
  const carry = useStaffAction(detail.id, '/cases/{id}/carried-out');
  const resolve = useStaffAction(detail.id, '/cases/{id}/resolution');
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('resolve.title')}
        </Title>
        {detail.status === 'remedy_accepted' && (
          <Group>
            <Button variant="light" loading={carry.isPending} onClick={() => carry.mutate({})}>
              {t('resolve.carriedOut')}
            </Button>
          </Group>
        )}
        <Select
          label={t('assess.rootCause')}
          clearable
          value={rootCauseId}
          onChange={setRootCauseId}
          data={(causes.data?.items ?? []).map((c) => ({ value: c.id, label: c.path }))}
        />
        <Textarea
          label={t('resolve.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {(carry.error || resolve.error) && <ProblemAlert error={carry.error ?? resolve.error} />}
        <Group>
          <Button loading={resolve.isPending} onClick={() => resolve.mutate({ note, rootCauseId })}>
            {t('resolve.send')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Merge a duplicate, link to an idea, invite the customer into co-creation. */
export function CaseTools({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const [into, setInto] = useState<string | null>(null);
  const [ideaSearch, setIdeaSearch] = useState('');
  const [typed] = useDebouncedValue(ideaSearch, 300);
  const [ideaId, setIdeaId] = useState<string | null>(null);
  const siblings = useQuery({
    queryKey: [...casesKey, 'siblings', detail.customer?.id],
    enabled: Boolean(detail.customer),
    queryFn: ({ signal }) => api.get('/cases', { signal, query: { customerId: detail.customer!.id, limit: 50 } }),
  });
  const ideas = useQuery({
    queryKey: [...casesKey, 'ideas', typed],
    enabled: typed.trim().length >= 2,
    queryFn: ({ signal }) => api.get('/ideas', { signal, query: { q: typed, limit: 10, sort: 'top' } }),
  });
  const merge = useStaffAction(detail.id, '/cases/{id}/merge');
  const link = useStaffAction(detail.id, '/cases/{id}/idea-link');
  const unlink = useStaffAction(detail.id, '/cases/{id}/idea-link', 'delete');
  const invite = useStaffAction(detail.id, '/cases/{id}/cocreation-invitation');
  const others = (siblings.data?.items ?? []).filter((c) => c.id !== detail.id);
  const ideaOptions = ideas.data?.items ?? [];
  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} fz="lg">
          {t('tools.title')}
        </Title>
        <Stack gap="xs">
          <Select
            label={t('tools.mergeInto')}
            description={t('tools.mergeHint')}
            clearable
            value={into}
            onChange={setInto}
            data={others.map((c) => ({ value: c.id, label: `${c.number} · ${c.subject}` }))}
            nothingFoundMessage={t('tools.noSiblings')}
          />
          <Group>
            <Button
              variant="light"
              disabled={!into}
              loading={merge.isPending}
              onClick={() => into && merge.mutate({ intoCaseId: into })}
            >
              {t('tools.merge')}
            </Button>
          </Group>
          {merge.error && <ProblemAlert error={merge.error} />}
        </Stack>
        <Stack gap="xs">
          {detail.idea ? (
            <Group wrap="wrap">
              <Text size="sm">
                {t('tools.linkedIdea')}{' '}
                <Anchor component={Link} to={`/console/ideas/${detail.idea.id}`}>
                  {detail.idea.title}
                </Anchor>
              </Text>
              <Button size="xs" variant="subtle" color="red" onClick={() => unlink.mutate(undefined)}>
                {t('tools.unlink')}
              </Button>
            </Group>
          ) : (
            <>
              <Select
                label={t('tools.idea')}
                description={t('tools.ideaHint')}
                searchable
                clearable
                searchValue={ideaSearch}
                onSearchChange={setIdeaSearch}
                value={ideaId}
                onChange={setIdeaId}
                data={ideaOptions.map((i) => ({ value: i.id, label: i.title }))}
                nothingFoundMessage={typed.length >= 2 ? t('tools.noIdeas') : undefined}
              />
              <Group>
                <Button
                  variant="light"
                  disabled={!ideaId}
                  loading={link.isPending}
                  onClick={() =>
                    ideaId && link.mutate({ ideaId, title: ideaOptions.find((i) => i.id === ideaId)?.title ?? '' })
                  }
                >
                  {t('tools.link')}
                </Button>
              </Group>
            </>
          )}
          {(link.error || unlink.error) && <ProblemAlert error={link.error ?? unlink.error} />}
        </Stack>
        <Stack gap="xs">
          {detail.invitedToCocreation ? (
            <Notice color="grape">{t('tools.invited')}</Notice>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('tools.inviteHint')}
              </Text>
              <Group>
                <Button variant="light" loading={invite.isPending} onClick={() => invite.mutate({})}>
                  {t('tools.invite')}
                </Button>
              </Group>
            </>
          )}
          {invite.error && <ProblemAlert error={invite.error} />}
        </Stack>
      </Stack>
    </Card>
  );
}
