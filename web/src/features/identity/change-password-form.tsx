import { Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { NewPasswordInput } from '../../ui/new-password-input';
import { ProblemAlert } from '../../ui/problem-alert';
import { SaveRow } from '../../ui/save-row';
import { useForm } from '../../ui/use-form';

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useForm({ currentPassword: '', newPassword: '' }, (values) => ({
    currentPassword: firstError(values.currentPassword, rules.required),
    newPassword: firstError(values.newPassword, rules.password),
  }));
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post('/me/password', body),
    onSuccess: () => form.setValues({ currentPassword: '', newPassword: '' }),
    onError: (error) =>
      form.showServerErrors(error, {
        invalid_credentials: ['currentPassword', 'problem.codes.wrong_current_password'],
      }),
  });

  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="password-heading">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check()) change.mutate(form.values);
        }}
      >
        <Stack gap="sm">
          <Title order={2} id="password-heading" fz="lg">
            {t('account.password.title')}
          </Title>
          <PasswordInput
            label={t('account.password.current')}
            autoComplete="current-password"
            required
            {...form.input('currentPassword')}
          />
          <NewPasswordInput label={t('auth.newPassword')} {...form.input('newPassword')} />
          {change.isError && <ProblemAlert error={change.error} inlineFields={form.fieldNames} />}
          <SaveRow
            pending={change.isPending}
            done={change.isSuccess}
            label={t('account.password.submit')}
            doneText={t('account.password.done')}
          />
        </Stack>
      </form>
    </Paper>
  );
}
