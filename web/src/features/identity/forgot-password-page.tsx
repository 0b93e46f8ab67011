import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { AuthCard } from './auth-card';
import { FocusMessage } from './focus-message';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const form = useForm({ email: '' }, (values) => ({ email: firstError(values.email, rules.required, rules.email) }));
  const request = useMutation({
    mutationFn: (email: string) => api.post('/auth/password-reset', { email }),
    onError: (error) => form.showServerErrors(error),
  });

  return (
    <AuthCard title={t('auth.forgot.title')} intro={request.isSuccess ? undefined : t('auth.forgot.intro')}>
      {request.isSuccess ? (
        // The same answer whether or not the address has an account.
        <FocusMessage text={t('auth.forgot.sent', { email: request.variables })} />
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (form.check()) request.mutate(form.values.email.trim());
          }}
        >
          <Stack gap="sm">
            <TextInput label={t('auth.email')} type="email" autoComplete="email" required {...form.input('email')} />
            {request.isError && <ProblemAlert error={request.error} inlineFields={form.fieldNames} />}
            <Button type="submit" loading={request.isPending} fullWidth>
              {t('auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm">
        <Anchor component={Link} to="/sign-in">
          {t('auth.forgot.back')}
        </Anchor>
      </Text>
    </AuthCard>
  );
}
