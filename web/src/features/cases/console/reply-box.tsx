import { Button, Card, Checkbox, FileInput, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../ui/api';
import { ProblemAlert } from '../../../ui/problem-alert';
import { casesKey, uploadAll, useMacros } from '../queries';
import type { CaseDetail } from '../types';

/** A public reply or an internal note, optionally from a macro with its placeholders filled in. */
export function ReplyBox({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const client = useQueryClient();
  const macros = useMacros();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [wait, setWait] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const applyMacro = useMutation({
    mutationFn: (macroId: string) => api.get('/cases/{id}/macros/{macroId}', { params: { id: detail.id, macroId } }),
    onSuccess: (m) => {
      setBody(m.body);
      setInternal(m.internal);
    },
  });
  const send = useMutation({
    mutationFn: async () =>
      api.post(
        '/cases/{id}/messages',
        { body, internal, waitOnCustomer: wait && !internal, fileIds: await uploadAll(files) },
        { params: { id: detail.id } },
      ),
    onSuccess: (c) => {
      client.setQueryData([...casesKey, 'staff', detail.id], c);
      void client.invalidateQueries({ queryKey: [...casesKey, 'history', detail.id] });
      setBody('');
      setFiles([]);
      setWait(false);
    },
  });
  return (
    <Card
      withBorder
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <Stack gap="xs">
        <Title order={2} fz="lg">
          {t('reply.agentTitle')}
        </Title>
        {(macros.data?.items.length ?? 0) > 0 && (
          <Select
            label={t('reply.macro')}
            placeholder={t('reply.macroPick')}
            value={null}
            onChange={(v) => v && applyMacro.mutate(v)}
            data={(macros.data?.items ?? []).map((m) => ({ value: m.id, label: m.name }))}
          />
        )}
        <Textarea
          label={internal ? t('reply.noteLabel') : t('reply.publicLabel')}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
        />
        <FileInput
          label={t('form.photos')}
          multiple
          clearable
          clearButtonProps={{ 'aria-label': t('form.clearPhotos') }}
          accept="image/png,image/jpeg,image/webp,image/gif"
          value={files}
          onChange={(f) => setFiles(f.slice(0, 10))}
        />
        <Group wrap="wrap">
          <Checkbox
            label={t('reply.internal')}
            checked={internal}
            onChange={(e) => setInternal(e.currentTarget.checked)}
          />
          {!internal && (
            <Checkbox label={t('reply.wait')} checked={wait} onChange={(e) => setWait(e.currentTarget.checked)} />
          )}
        </Group>
        {send.error && <ProblemAlert error={send.error} />}
        <Group>
          <Button type="submit" variant={internal ? 'default' : 'filled'} loading={send.isPending}>
            {internal ? t('reply.addNote') : t('reply.sendPublic')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
