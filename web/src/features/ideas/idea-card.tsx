import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { stageColor, useStatusName } from './queries';
import type { IdeaSummary } from './types';
import { VoteButton } from './vote-button';

export function StatusBadge({ status, stage }: { status: string; stage: IdeaSummary['stage'] }) {
  const name = useStatusName();
  return (
    <Badge color={stageColor[stage]} variant="filled">
      {name(status)}
    </Badge>
  );
}

/** One idea in a list: title, status, counts, and the vote button. */
export function IdeaCard({ idea, importanceEnabled }: { idea: IdeaSummary; importanceEnabled?: boolean }) {
  const { t } = useTranslation('ideas');
  const closed = idea.stage === 'shipped' || idea.stage === 'declined' || idea.locked;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`idea-${idea.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Anchor
            component={Link}
            to={`/ideas/${idea.id}`}
            fw={600}
            id={`idea-${idea.id}`}
            style={{ wordBreak: 'break-word' }}
          >
            {idea.title}
          </Anchor>
          <StatusBadge status={idea.status} stage={idea.stage} />
        </Group>
        <Group gap="xs">
          {idea.tags.map((tag) => (
            <Badge key={tag} variant="outline" size="sm">
              {tag}
            </Badge>
          ))}
          {idea.answered && (
            <Badge color="blue.9" size="sm">
              {t('idea.answeredBadge')}
            </Badge>
          )}
        </Group>
        <Group justify="space-between" wrap="wrap">
          <VoteButton
            ideaId={idea.id}
            title={idea.title}
            voteCount={idea.voteCount}
            myVote={idea.myVote}
            importanceEnabled={importanceEnabled}
            closed={closed}
          />
          <Text size="sm" c="dimmed">
            {t('idea.comments', { count: idea.commentCount })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
