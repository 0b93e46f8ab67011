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

/**
 * Asks for a link by mail (password reset, sign-in link). The answer is the same whether or not
 * the address has an account, so the page says "we sent a mail" either way.
 */
export function MailMeALink({
  path,
  texts,
}: {
  path: '/auth/password-reset' | '/auth/sign-in-link';
  texts: 'auth.forgot' | 'auth.signInLink';
}) {
  const { t } = useTranslation();
  const form = useForm({ email: '' }, (values) => ({ email: firstError(values.email, rules.required, rules.email) }));
  const request = useMutation({
    mutationFn: (email: string) => api.post(path, { email }),
    onError: (error) => form.showServerErrors(error),
  });
  return (
    <AuthCard title={t(`${texts}.title`)} intro={request.isSuccess ? undefined : t(`${texts}.intro`)}>
      {request.isSuccess ? (
        <FocusMessage text={t(`${texts}.sent`, { email: request.variables })} />
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
              {t(`${texts}.submit`)}
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
