import { Anchor, Button, Container, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../ui/api';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useMe } from '../../identity/session';
import { casesKey, uploadAll } from '../queries';
import { caseBody, CaseFields, emptyCase } from '../shared/case-fields';
import { Notice } from '../shared/notice';

/** Receipt (ISO 10002 8.1): the customer files a complaint, repair request or question. */
export function FileCasePage() {
  const { t } = useTranslation('cases');
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [value, setValue] = useState(emptyCase);
  const submit = useMutation({
    mutationFn: async () => api.post('/my/cases', caseBody(value, await uploadAll(value.files))),
    onSuccess: (c) => {
      void client.invalidateQueries({ queryKey: casesKey });
      navigate(`/cases/${c.id}`);
    },
  });
  if (me.data === null) {
    return (
      <Container size="sm" py="md">
        <Notice title={t('portal.signInTitle')}>
          <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent('/cases/new')}`}>
            {t('portal.signIn')}
          </Anchor>
        </Notice>
      </Container>
    );
  }
  return (
    <Container size="sm" px={{ base: 'xs', sm: 'md' }} py="md">
      <Stack
        component="form"
        gap="md"
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          {t('file.title')}
        </Title>
        <Text c="dimmed">{t('file.intro')}</Text>
        <CaseFields value={value} onChange={setValue} />
        {submit.error && <ProblemAlert error={submit.error} />}
        <Button type="submit" loading={submit.isPending}>
          {t('file.send')}
        </Button>
      </Stack>
    </Container>
  );
}
