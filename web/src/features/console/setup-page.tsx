import { Button, Container, Fieldset, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { PageLoader } from '../../ui/page-loader';
import { NewPasswordInput } from '../../ui/new-password-input';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { siteKey, useSessionChange, useSite } from '../identity/session';
import type { Site } from '../identity/types';
import { browserTimeZone, LocaleSelect, TimeZoneSelect, WorkspaceNameFields } from './workspace-fields';
import type { Language } from '../../i18n/language';

/** First run: the first workspace and its owner. Only while the server says setup is needed. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const site = useSite();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSessionChange();
  const form = useForm(
    {
      'workspace.name': '',
      'workspace.slug': '',
      'workspace.defaultLocale': i18n.resolvedLanguage ?? 'en',
      'workspace.timeZone': browserTimeZone(),
      'owner.displayName': '',
      'owner.email': '',
      'owner.password': '',
    },
    (values) => ({
      'workspace.name': firstError(values['workspace.name'], rules.required),
      'workspace.slug': firstError(values['workspace.slug'], rules.required, rules.slug),
      'owner.displayName': firstError(values['owner.displayName'], rules.required),
      'owner.email': firstError(values['owner.email'], rules.required, rules.email),
      'owner.password': firstError(values['owner.password'], rules.password),
    }),
  );
  const setUp = useMutation({
    mutationFn: (values: typeof form.values) =>
      api.post('/setup', {
        workspace: {
          name: values['workspace.name'].trim(),
          slug: values['workspace.slug'],
          defaultLocale: values['workspace.defaultLocale'] as Language,
          timeZone: values['workspace.timeZone'],
        },
        owner: {
          displayName: values['owner.displayName'].trim(),
          email: values['owner.email'].trim(),
          password: values['owner.password'],
        },
      }),
    onSuccess: (me) => {
      client.setQueryData<Site>(siteKey, { setupNeeded: false, workspace: me.workspace });
      session.signedIn(me);
      navigate('/console', { replace: true });
    },
    onError: (error) => form.showServerErrors(error, { slug_taken: ['workspace.slug', 'problem.codes.slug_taken'] }),
  });

  if (site.isPending) return <PageLoader />;
  if (site.isError) return <ProblemAlert error={site.error} />;
  if (!site.data.setupNeeded && !setUp.isSuccess) return <Navigate to="/console" replace />;

  return (
    <Container size={560} px={0} py={{ base: 'sm', sm: 'xl' }}>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (form.check()) setUp.mutate(form.values);
          }}
        >
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} fz={{ base: 24, sm: 30 }}>
                {t('console.setup.title')}
              </Title>
              <Text c="dimmed">{t('console.setup.intro')}</Text>
            </Stack>
            <Fieldset legend={t('console.setup.workspaceLegend')} variant="filled">
              <Stack gap="sm">
                <WorkspaceNameFields form={form} name="workspace.name" slug="workspace.slug" suggestSlug />
                <LocaleSelect {...form.input('workspace.defaultLocale')} />
                <TimeZoneSelect {...form.input('workspace.timeZone')} />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('console.setup.ownerLegend')} variant="filled">
              <Stack gap="sm">
                <TextInput
                  label={t('auth.displayName')}
                  autoComplete="name"
                  required
                  maxLength={80}
                  {...form.input('owner.displayName')}
                />
                <TextInput
                  label={t('auth.email')}
                  type="email"
                  autoComplete="email"
                  required
                  {...form.input('owner.email')}
                />
                <NewPasswordInput {...form.input('owner.password')} />
              </Stack>
            </Fieldset>
            {setUp.isError && <ProblemAlert error={setUp.error} inlineFields={form.fieldNames} />}
            <Button type="submit" size="md" loading={setUp.isPending}>
              {t('console.setup.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
