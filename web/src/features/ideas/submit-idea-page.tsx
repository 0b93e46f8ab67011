import {
  Alert,
  Anchor,
  Button,
  Card,
  Container,
  FileInput,
  List,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { IdeasProblem } from './ideas-problem';
import { useMe } from '../identity/session';
import { ideasKey, useBoards } from './queries';

const upload = (file: File) => api.upload('/files', file, { query: { purpose: 'idea_image' } });

/** Submit an idea; while the title is typed, similar ideas are offered to vote for instead. */
export function SubmitIdeaPage() {
  const { t } = useTranslation('ideas');
  const me = useMe();
  const [params] = useSearchParams();
  const boards = useBoards();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [board, setBoard] = useState<string | null>(params.get('board'));
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [typed] = useDebouncedValue(title, 250);
  const selected = boards.data?.items.find((b) => b.slug === board || b.id === board);
  const similar = useQuery({
    queryKey: [...ideasKey, 'similar', board, typed],
    enabled: typed.trim().length >= 2,
    queryFn: ({ signal }) => api.get('/ideas/similar', { signal, query: { board: board ?? undefined, title: typed } }),
  });
  const submit = useMutation({
    mutationFn: async () => {
      const imageIds = [];
      for (const f of files) imageIds.push((await upload(f)).id);
      return api.post('/ideas', { board: board ?? '', title, body, tags, imageIds });
    },
    onSuccess: (idea) => {
      void client.invalidateQueries({ queryKey: ideasKey });
      navigate(`/ideas/${idea.id}`);
    },
  });
  if (me.data === null) {
    return (
      <Container size="sm" py="md">
        <Alert title={t('submit.signInTitle')}>
          <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent('/ideas/new')}`}>
            {t('submit.signIn')}
          </Anchor>
        </Alert>
      </Container>
    );
  }
  return (
    <Container size="sm" px={{ base: 0, sm: 'md' }} py="md">
      <Stack
        component="form"
        gap="md"
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('submit.title')}
        </Title>
        <Select
          label={t('submit.board')}
          required
          value={selected?.slug ?? null}
          onChange={setBoard}
          allowDeselect={false}
          data={(boards.data?.items ?? []).filter((b) => !b.archived).map((b) => ({ value: b.slug, label: b.name }))}
        />
        <TextInput
          label={t('submit.ideaTitle')}
          description={t('submit.ideaTitleHint')}
          required
          minLength={4}
          maxLength={140}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
        />
        {similar.data && similar.data.items.length > 0 && (
          <Card withBorder padding="sm" role="status">
            <Text fw={600} size="sm">
              {t('submit.similarTitle')}
            </Text>
            <Text size="sm" mb={4}>
              {t('submit.similarHint')}
            </Text>
            <List size="sm" aria-label={t('submit.similarTitle')}>
              {similar.data.items.map((s) => (
                <List.Item key={s.id}>
                  <Anchor component={Link} to={`/ideas/${s.id}`}>
                    {s.title}
                  </Anchor>{' '}
                  · {t('vote.count', { count: s.voteCount })}
                </List.Item>
              ))}
            </List>
          </Card>
        )}
        <Textarea
          label={t('submit.body')}
          description={t('submit.bodyHint')}
          autosize
          minRows={5}
          maxLength={20000}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
        />
        {selected && selected.tags.length > 0 ? (
          <TagsInput
            label={t('submit.tags')}
            data={selected.tags}
            value={tags}
            onChange={(v) => setTags(v.filter((x) => selected.tags.includes(x)))}
          />
        ) : (
          <TagsInput label={t('submit.tags')} value={tags} onChange={setTags} maxTags={10} />
        )}
        <FileInput
          label={t('submit.images')}
          description={t('submit.imagesHint')}
          multiple
          accept="image/png,image/jpeg,image/webp,image/gif"
          value={files}
          onChange={(f) => setFiles(f.slice(0, 6))}
          clearable
        />
        {submit.error && <IdeasProblem error={submit.error} />}
        <Button type="submit" loading={submit.isPending} disabled={!board}>
          {t('submit.send')}
        </Button>
      </Stack>
    </Container>
  );
}
