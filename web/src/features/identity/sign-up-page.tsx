import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router-dom';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { NewPasswordInput } from '../../ui/new-password-input';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { AuthCard } from './auth-card';
import { CheckMail } from './check-mail';
import { useMe } from './session';
import type { BodyOf } from '../../api/operations';
import type { Language } from '../../i18n/language';

type SignUpBody = BodyOf<'post', '/auth/sign-up'>;

export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const form = useForm({ displayName: '', email: '', password: '' }, (values) => ({
    displayName: firstError(values.displayName, rules.required),
    email: firstError(values.email, rules.required, rules.email),
    password: firstError(values.password, rules.password),
  }));
  const signUp = useMutation({
    // The same answer whether or not the address is registered; the mail says which.
    mutationFn: (body: SignUpBody) => api.post('/auth/sign-up', body),
    onError: (error) => form.showServerErrors(error),
  });

  if (signUp.isSuccess) return <CheckMail email={signUp.variables.email} />;
  if (me.data) return <Navigate to="/profile" replace />;

  return (
    <AuthCard title={t('auth.signUp.title')} intro={t('auth.signUp.intro')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!form.check()) return;
          signUp.mutate({
            displayName: form.values.displayName.trim(),
            email: form.values.email.trim(),
            password: form.values.password,
            locale: (i18n.resolvedLanguage ?? 'en') as Language,
          });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('auth.displayName')}
            autoComplete="nickname"
            required
            maxLength={80}
            {...form.input('displayName')}
          />
          <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.input('email')} />
          <NewPasswordInput {...form.input('password')} />
          {signUp.isError && <ProblemAlert error={signUp.error} inlineFields={form.fieldNames} />}
          <Button type="submit" loading={signUp.isPending} fullWidth>
            {t('auth.signUp.submit')}
          </Button>
        </Stack>
      </form>
      <Text size="sm">
        {t('auth.signUp.haveAccount')}{' '}
        <Anchor component={Link} to="/sign-in">
          {t('auth.signIn.link')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
