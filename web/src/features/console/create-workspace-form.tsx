import { Alert, Button, Group, SimpleGrid } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys, useSwitchWorkspace } from './queries';
import { browserTimeZone, LocaleSelect, TimeZoneSelect, WorkspaceNameFields } from './workspace-fields';
import type { Language } from '../../i18n/language';

/** Owners only: another workspace (another brand or region), of which they become the owner. */
export function CreateWorkspaceForm() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const initial = { name: '', slug: '', defaultLocale: i18n.resolvedLanguage ?? 'en', timeZone: browserTimeZone() };
  const form = useForm(initial, (values) => ({
    name: firstError(values.name, rules.required),
    slug: firstError(values.slug, rules.required, rules.slug),
  }));
  const create = useMutation({
    mutationFn: (values: typeof initial) =>
      api.post('/workspaces', { ...values, name: values.name.trim(), defaultLocale: values.defaultLocale as Language }),
    onSuccess: () => {
      form.setValues(initial);
      void client.invalidateQueries({ queryKey: consoleKeys.myWorkspaces });
      void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
    },
    onError: (error) => form.showServerErrors(error, { slug_taken: ['slug', 'problem.codes.slug_taken'] }),
  });
  const switchTo = useSwitchWorkspace();

  return (
    <ConsoleSection
      id="create-workspace-heading"
      title={t('console.createWorkspace.title')}
      intro={t('console.createWorkspace.intro')}
    >
      {create.isSuccess ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          title={t('console.createWorkspace.done', { name: create.variables.name })}
        >
          <Group mt="xs">
            <Button size="xs" loading={switchTo.isPending} onClick={() => switchTo.mutate(create.data.id)}>
              {t('console.createWorkspace.switch')}
            </Button>
            <Button size="xs" variant="default" onClick={() => create.reset()}>
              {t('console.createWorkspace.another')}
            </Button>
          </Group>
          {switchTo.isError && <ProblemAlert error={switchTo.error} />}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (form.check()) create.mutate(form.values);
          }}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <WorkspaceNameFields form={form} name="name" slug="slug" suggestSlug />
            <LocaleSelect {...form.input('defaultLocale')} />
            <TimeZoneSelect {...form.input('timeZone')} />
          </SimpleGrid>
          {create.isError && <ProblemAlert mt="sm" error={create.error} inlineFields={form.fieldNames} />}
          <Button type="submit" mt="md" loading={create.isPending}>
            {t('console.createWorkspace.submit')}
          </Button>
        </form>
      )}
    </ConsoleSection>
  );
}
