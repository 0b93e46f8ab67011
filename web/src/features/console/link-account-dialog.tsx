import { Alert, Button, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import type { BodyOf } from '../../api/operations';
import { consoleKeys } from './queries';

type LinkBody = BodyOf<'post', '/me/linked-accounts'>;

/**
 * Links the signed-in staff member's account in another workspace by signing in to it once:
 * only that proves the other account is theirs, so the switcher can offer it.
 */
export function LinkAccountDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const initial: LinkBody = { workspace: '', email: '', password: '' };
  const form = useForm(initial, (values) => ({
    workspace: firstError(values.workspace, rules.required),
    email: firstError(values.email, rules.required, rules.email),
    password: firstError(values.password, rules.required),
  }));
  const link = useMutation({
    mutationFn: (body: LinkBody) => api.post('/me/linked-accounts', body),
    onSuccess: () => {
      form.setValues(initial);
      void client.invalidateQueries({ queryKey: consoleKeys.myWorkspaces });
    },
    onError: (error) => form.showServerErrors(error),
  });
  const dismiss = () => {
    link.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={dismiss} title={t('console.linkAccount.title')}>
      <Stack gap="sm">
        {link.isSuccess ? (
          <Alert color="teal" variant="light" role="status">
            {t('console.linkAccount.done', { name: link.data.workspace.name })}
          </Alert>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (form.check())
                link.mutate({
                  ...form.values,
                  workspace: form.values.workspace.trim(),
                  email: form.values.email.trim(),
                });
            }}
          >
            <Stack gap="sm">
              <Alert variant="light">{t('console.linkAccount.intro')}</Alert>
              <TextInput
                label={t('console.linkAccount.workspace')}
                description={t('console.linkAccount.workspaceHint')}
                required
                autoCapitalize="none"
                spellCheck={false}
                {...form.input('workspace')}
              />
              <TextInput
                label={t('console.linkAccount.email')}
                type="email"
                autoComplete="off"
                required
                {...form.input('email')}
              />
              <PasswordInput
                label={t('console.linkAccount.password')}
                autoComplete="off"
                required
                {...form.input('password')}
              />
              {link.isError && <ProblemAlert error={link.error} inlineFields={form.fieldNames} />}
              <Button type="submit" loading={link.isPending}>
                {t('console.linkAccount.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
