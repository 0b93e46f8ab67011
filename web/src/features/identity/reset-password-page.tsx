import { Button, PasswordInput, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { NewPasswordInput } from '../../ui/new-password-input';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { AuthCard } from './auth-card';
import { FocusMessage } from './focus-message';
import { LinkIncomplete } from './link-incomplete';
import { useSessionChange } from './session';
import { isStaff } from './types';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const session = useSessionChange();
  const form = useForm({ password: '', confirm: '' }, (values) => ({
    password: firstError(values.password, rules.password),
    confirm: values.confirm === values.password ? undefined : { key: 'validation.passwordsDiffer' },
  }));
  const reset = useMutation({
    mutationFn: (password: string) => api.post('/auth/password-reset/complete', { token, password }),
    onSuccess: (me) => session.signedIn(me),
    onError: (error) => form.showServerErrors(error),
  });

  if (reset.isSuccess) {
    return (
      <AuthCard title={t('auth.reset.doneTitle')}>
        <FocusMessage text={t('auth.reset.done')} />
        <Button
          component={Link}
          to={isStaff(reset.data.user.role) ? '/console' : '/profile'}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('common.continue')}
        </Button>
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('auth.reset.title')} intro={t('auth.reset.intro')}>
      {!token && (
        <LinkIncomplete>
          <Link to="/forgot-password">{t('auth.reset.askAgain')}</Link>
        </LinkIncomplete>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check()) reset.mutate(form.values.password);
        }}
      >
        <Stack gap="sm">
          <NewPasswordInput label={t('auth.newPassword')} {...form.input('password')} />
          <PasswordInput
            label={t('auth.confirmPassword')}
            autoComplete="new-password"
            required
            {...form.input('confirm')}
          />
          {reset.isError && (
            <>
              <ProblemAlert error={reset.error} inlineFields={form.fieldNames} />
              <Link to="/forgot-password">{t('auth.reset.askAgain')}</Link>
            </>
          )}
          <Button type="submit" loading={reset.isPending} disabled={!token} fullWidth>
            {t('auth.reset.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
