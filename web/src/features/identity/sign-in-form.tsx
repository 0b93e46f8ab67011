import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { useSessionChange } from './session';
import type { Me } from './types';

/** Email + password sign-in, shared by the portal and the console; `onSignedIn` decides where to go. */
export function SignInForm({ onSignedIn }: { onSignedIn?: (me: Me) => void }) {
  const { t } = useTranslation();
  const session = useSessionChange();
  const form = useForm({ email: '', password: '' }, (values) => ({
    email: firstError(values.email, rules.required, rules.email),
    password: firstError(values.password, rules.required),
  }));
  const signIn = useMutation({
    mutationFn: (body: { email: string; password: string }) => api.post('/auth/sign-in', body),
    onSuccess: (me) => {
      session.signedIn(me);
      onSignedIn?.(me);
    },
    onError: (error) => form.showServerErrors(error),
  });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (form.check()) signIn.mutate({ email: form.values.email.trim(), password: form.values.password });
      }}
    >
      <Stack gap="sm">
        <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.input('email')} />
        <PasswordInput
          label={t('auth.password')}
          autoComplete="current-password"
          required
          {...form.input('password')}
        />
        {signIn.isError && <ProblemAlert error={signIn.error} inlineFields={form.fieldNames} />}
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
