import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { formatDateTime } from '../../ui/format';
import { IdeasProblem } from './ideas-problem';
import { useMe } from '../identity/session';
import { isStaff } from '../identity/types';
import { ideasKey } from './queries';
import type { Comment } from './types';

function CommentForm({
  ideaId,
  parentId,
  onDone,
  label,
}: {
  ideaId: string;
  parentId?: string;
  onDone?: () => void;
  label: string;
}) {
  const { t } = useTranslation('ideas');
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const post = useMutation({
    mutationFn: () => api.post('/ideas/{id}/comments', { body, parentId }, { params: { id: ideaId } }),
    onSuccess: () => {
      setBody('');
      onDone?.();
      void client.invalidateQueries({ queryKey: ideasKey });
    },
  });
  return (
    <Stack
      component="form"
      gap="xs"
      onSubmit={(e) => {
        e.preventDefault();
        post.mutate();
      }}
    >
      <Textarea
        label={label}
        required
        autosize
        minRows={2}
        maxLength={5000}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      {post.error && <IdeasProblem error={post.error} />}
      <Group>
        <Button type="submit" size="xs" loading={post.isPending}>
          {t('comments.post')}
        </Button>
      </Group>
    </Stack>
  );
}

function CommentItem({
  comment,
  ideaId,
  canReply,
  staff,
}: {
  comment: Comment;
  ideaId: string;
  canReply: boolean;
  staff: boolean;
}) {
  const { t, i18n } = useTranslation('ideas');
  const client = useQueryClient();
  const [replying, setReplying] = useState(false);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(comment.body);
  const [reported, setReported] = useState(false);
  const edit = useMutation({
    mutationFn: () => api.patch('/idea-comments/{id}', { body: draft }, { params: { id: comment.id } }),
    onSuccess: () => {
      setEditing(false);
      void client.invalidateQueries({ queryKey: ideasKey });
    },
  });
  const moderate = useMutation({
    mutationFn: () =>
      api.post('/idea-comments/{id}/moderation', { hidden: !comment.hidden }, { params: { id: comment.id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ideasKey }),
  });
  const report = useMutation({
    mutationFn: () =>
      api.post('/idea-comments/{id}/reports', { reason: t('comments.reportReason') }, { params: { id: comment.id } }),
    onSuccess: () => setReported(true),
  });
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={t('comments.by', { name: comment.authorName ?? '—' })}
    >
      <Stack gap={4}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {comment.authorName}
          </Text>
          {comment.staff && <Badge size="xs">{t('comments.staff')}</Badge>}
          <Text size="xs" c="dimmed">
            {formatDateTime(comment.createdAt, i18n.language)}
            {comment.editedAt && ` · ${t('comments.edited')}`}
          </Text>
          {comment.movedFromIdeaId && (
            <Badge size="xs" variant="outline">
              {t('comments.moved')}
            </Badge>
          )}
        </Group>
        {comment.reportCount ? (
          <Badge size="xs" color="red.9">
            {t('comments.reports', { count: comment.reportCount })}
          </Badge>
        ) : null}
        {comment.hidden && staff && (
          <Badge size="xs" color="gray.8">
            {t('comments.hiddenBadge')}
          </Badge>
        )}
        {comment.hidden && !comment.bodyHtml ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('comments.hidden')}
          </Text>
        ) : editing ? (
          <Stack gap="xs">
            <Textarea
              label={t('comments.edit')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              autosize
              minRows={2}
            />
            {edit.error && <IdeasProblem error={edit.error} />}
            <Group gap="xs">
              <Button size="xs" onClick={() => edit.mutate()} loading={edit.isPending}>
                {t('comments.save')}
              </Button>
              <Button size="xs" variant="subtle" onClick={() => setEditing(false)}>
                {t('comments.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <div className="user-content" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} />
        )}
        <Group gap="xs">
          {canReply && (
            <Anchor component="button" type="button" size="xs" onClick={() => setReplying((r) => !r)}>
              {t('comments.reply')}
            </Anchor>
          )}
          {comment.editable && !editing && (
            <Anchor component="button" type="button" size="xs" onClick={() => setEditing(true)}>
              {t('comments.edit')}
            </Anchor>
          )}
          {canReply && !reported && (
            <Anchor component="button" type="button" size="xs" c="dimmed" onClick={() => report.mutate()}>
              {t('comments.report')}
            </Anchor>
          )}
          {reported && (
            <Text size="xs" c="dimmed" role="status">
              {t('comments.reported')}
            </Text>
          )}
          {staff && (
            <Anchor component="button" type="button" size="xs" onClick={() => moderate.mutate()}>
              {comment.hidden ? t('comments.restore') : t('comments.hide')}
            </Anchor>
          )}
        </Group>
        {replying && (
          <CommentForm
            ideaId={ideaId}
            parentId={comment.id}
            label={t('comments.replyLabel')}
            onDone={() => setReplying(false)}
          />
        )}
      </Stack>
    </Card>
  );
}

/** Comments with one level of replies; signed-in people may post, reply, edit briefly, report. */
export function Comments({ ideaId, locked }: { ideaId: string; locked: boolean }) {
  const { t } = useTranslation('ideas');
  const me = useMe();
  const comments = useQuery({
    queryKey: [...ideasKey, 'comments', ideaId],
    queryFn: ({ signal }) => api.get('/ideas/{id}/comments', { params: { id: ideaId }, signal }),
  });
  const items = comments.data?.items ?? [];
  const top = items.filter((c) => !c.parentId);
  const signedIn = Boolean(me.data);
  const staff = isStaff(me.data?.user.role);
  return (
    <section aria-labelledby="comments-heading">
      <Title order={2} fz="lg" id="comments-heading" mb="sm">
        {t('comments.heading', { count: items.length })}
      </Title>
      <Stack gap="sm">
        {top.map((c) => (
          <Stack key={c.id} gap="xs">
            <CommentItem comment={c} ideaId={ideaId} canReply={signedIn && !locked} staff={staff} />
            <Stack gap="xs" pl={{ base: 'sm', sm: 'xl' }}>
              {items
                .filter((r) => r.parentId === c.id)
                .map((r) => (
                  <CommentItem key={r.id} comment={r} ideaId={ideaId} canReply={signedIn && !locked} staff={staff} />
                ))}
            </Stack>
          </Stack>
        ))}
        {signedIn && !locked && <CommentForm ideaId={ideaId} label={t('comments.new')} />}
        {!signedIn && (
          <Text size="sm" c="dimmed">
            {t('comments.signIn')}
          </Text>
        )}
      </Stack>
    </section>
  );
}
