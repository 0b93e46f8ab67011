import { Button, Group, Select, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../ui/api';
import { IdeasProblem } from './ideas-problem';
import { useMe } from '../identity/session';
import { ideasKey } from './queries';
import type { Importance } from './types';

interface VoteButtonProps {
  ideaId: string;
  title: string;
  voteCount: number;
  myVote: { importance: Importance } | null;
  importanceEnabled?: boolean;
  closed?: boolean;
}

/** Support / withdraw, with an importance level where the board asks for one. */
export function VoteButton({
  ideaId,
  title,
  voteCount,
  myVote,
  importanceEnabled = false,
  closed = false,
}: VoteButtonProps) {
  const { t } = useTranslation('ideas');
  const me = useMe();
  const client = useQueryClient();
  const [importance, setImportance] = useState<Importance>(myVote?.importance ?? 'important');
  const vote = useMutation({
    mutationFn: (next: 'cast' | 'withdraw') =>
      next === 'cast'
        ? api.put('/ideas/{id}/vote', { importance }, { params: { id: ideaId } })
        : api.delete('/ideas/{id}/vote', { params: { id: ideaId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ideasKey }),
  });
  if (!me.data) {
    return (
      <Group gap="xs">
        <Text fw={700} aria-label={t('vote.count', { count: voteCount })}>
          {voteCount}
        </Text>
        <Button
          component={Link}
          to={`/sign-in?next=${encodeURIComponent(`/ideas/${ideaId}`)}`}
          variant="light"
          size="xs"
        >
          {t('vote.signInToVote')}
        </Button>
      </Group>
    );
  }
  return (
    <Group gap="xs" wrap="wrap" align="center">
      <Text fw={700} aria-live="polite">
        {t('vote.count', { count: voteCount })}
      </Text>
      {importanceEnabled && !myVote && !closed && (
        <Select
          size="xs"
          w={150}
          aria-label={t('vote.importance')}
          value={importance}
          allowDeselect={false}
          onChange={(v) => v && setImportance(v as Importance)}
          data={(['nice_to_have', 'important', 'critical'] as const).map((v) => ({
            value: v,
            label: t(`importance.${v}`),
          }))}
        />
      )}
      {myVote ? (
        <Button
          size="xs"
          variant="filled"
          loading={vote.isPending}
          onClick={() => vote.mutate('withdraw')}
          aria-label={t('vote.withdrawLabel', { title })}
        >
          {t('vote.supported')}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="light"
          disabled={closed}
          loading={vote.isPending}
          onClick={() => vote.mutate('cast')}
          aria-label={t('vote.castLabel', { title })}
        >
          {t('vote.support')}
        </Button>
      )}
      {vote.error && <IdeasProblem error={vote.error} />}
    </Group>
  );
}
