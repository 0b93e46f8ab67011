import { SimpleGrid, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { SaveRow } from '../../ui/save-row';
import { useForm } from '../../ui/use-form';
import { meKey, siteKey } from '../identity/session';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';
import type { Workspace } from './types';
import { LocaleSelect, TimeZoneSelect, WorkspaceNameFields } from './workspace-fields';
import type { Language } from '../../i18n/language';

export function WorkspaceSettingsForm({ workspace }: { workspace: Workspace }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm(
    {
      name: workspace.name,
      slug: workspace.slug,
      logoUrl: workspace.logoUrl ?? '',
      defaultLocale: workspace.defaultLocale,
      timeZone: workspace.timeZone,
    },
    (values) => ({
      name: firstError(values.name, rules.required),
      slug: firstError(values.slug, rules.required, rules.slug),
      logoUrl: firstError(values.logoUrl, rules.optionalUrl),
    }),
  );
  const save = useMutation({
    mutationFn: (values: typeof form.values) =>
      api.patch('/workspace', {
        ...values,
        name: values.name.trim(),
        logoUrl: values.logoUrl.trim() || null,
        defaultLocale: values.defaultLocale as Language,
      }),
    onSuccess: (updated) => {
      client.setQueryData(consoleKeys.workspace, updated);
      // The name shows in the portal, the account menu and the workspace switcher.
      for (const queryKey of [siteKey, meKey, consoleKeys.myWorkspaces]) void client.invalidateQueries({ queryKey });
    },
    onError: (error) => form.showServerErrors(error, { slug_taken: ['slug', 'problem.codes.slug_taken'] }),
  });

  return (
    <ConsoleSection id="workspace-heading" title={t('console.settings.workspaceTitle')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check()) save.mutate(form.values);
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <WorkspaceNameFields form={form} name="name" slug="slug" />
          <TextInput
            label={t('console.workspace.logoUrl')}
            type="url"
            placeholder="https://"
            {...form.input('logoUrl')}
            style={{ gridColumn: '1 / -1' }}
          />
          <LocaleSelect {...form.input('defaultLocale')} />
          <TimeZoneSelect {...form.input('timeZone')} />
        </SimpleGrid>
        {save.isError && <ProblemAlert mt="sm" error={save.error} inlineFields={form.fieldNames} />}
        <SaveRow mt="md" pending={save.isPending} done={save.isSuccess} />
      </form>
    </ConsoleSection>
  );
}
