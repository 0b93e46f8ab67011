import { Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../ui/api';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage } from '../../../ui/console-page';
import { casesKey, uploadAll } from '../queries';
import { caseBody, CaseFields, emptyCase } from '../shared/case-fields';

/** An agent records a case from a phone call, a mail or a store visit. */
export function RecordCasePage() {
  const { t } = useTranslation('cases');
  const navigate = useNavigate();
  const client = useQueryClient();
  const [value, setValue] = useState(emptyCase);
  const [channel, setChannel] = useState<'phone' | 'email' | 'store'>('phone');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const submit = useMutation({
    mutationFn: async () =>
      api.post('/cases', { ...caseBody(value, await uploadAll(value.files)), channel, customer: { email, name } }),
    onSuccess: (c) => {
      void client.invalidateQueries({ queryKey: casesKey });
      navigate(`/console/cases/${c.id}`);
    },
  });
  return (
    <ConsolePage title={t('record.title')} intro={t('record.intro')}>
      <Stack
        component="form"
        gap="md"
        maw={640}
        onSubmit={(e) => {
          e.preventDefault();
          submit.mutate();
        }}
      >
        <Select
          label={t('record.channel')}
          allowDeselect={false}
          value={channel}
          onChange={(v) => v && setChannel(v as typeof channel)}
          data={(['phone', 'email', 'store'] as const).map((k) => ({ value: k, label: t(`channel.${k}`) }))}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('record.customerName')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            type="email"
            label={t('record.customerEmail')}
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
        </SimpleGrid>
        <CaseFields value={value} onChange={setValue} />
        {submit.error && <ProblemAlert error={submit.error} />}
        <Button type="submit" loading={submit.isPending}>
          {t('record.send')}
        </Button>
      </Stack>
    </ConsolePage>
  );
}
