import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { ConsoleSection } from '../../ui/console-page';
import { NewKeyModal } from './new-key-modal';
import { consoleKeys } from './queries';
import { API_SCOPES, type ApiKey, type ApiScope } from './types';

type CreatedKey = ApiKey & { key: string };

export function CreateApiKeyForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [scopes, setScopes] = useState<ApiScope[]>(['read']);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const form = useForm({ name: '' }, (values) => ({ name: firstError(values.name, rules.required) }));
  const create = useMutation({
    mutationFn: (body: { name: string; scopes: ApiScope[] }) => api.post('/api-keys', body),
    onSuccess: (key) => {
      setCreated(key);
      form.setValue('name', '');
      void client.invalidateQueries({ queryKey: consoleKeys.apiKeys });
      void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
    },
    onError: (error) => form.showServerErrors(error),
  });

  return (
    <ConsoleSection id="new-key-heading" title={t('console.apiKeys.createTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check() && scopes.length > 0) create.mutate({ name: form.values.name.trim(), scopes });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('console.apiKeys.name')}
            description={t('console.apiKeys.nameHint')}
            required
            maxLength={80}
            {...form.input('name')}
          />
          <Checkbox.Group
            label={t('console.apiKeys.scopes')}
            value={scopes}
            onChange={(value) =>
              setScopes(value.filter((scope): scope is ApiScope => API_SCOPES.includes(scope as ApiScope)))
            }
            error={scopes.length === 0 ? t('console.apiKeys.scopeRequired') : undefined}
            required
          >
            <Stack gap={6} mt={6}>
              {API_SCOPES.map((scope) => (
                <Checkbox
                  key={scope}
                  value={scope}
                  label={t(`scopes.${scope}.label`)}
                  description={t(`scopes.${scope}.text`)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
          {create.isError && <ProblemAlert error={create.error} inlineFields={form.fieldNames} />}
          <Group>
            <Button type="submit" loading={create.isPending} disabled={scopes.length === 0}>
              {t('console.apiKeys.create')}
            </Button>
          </Group>
        </Stack>
      </form>
      <NewKeyModal created={created} onClose={() => setCreated(null)} />
    </ConsoleSection>
  );
}
