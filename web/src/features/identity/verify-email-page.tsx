import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { NextStep } from '../../ui/next-step';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { AuthCard } from './auth-card';
import { FocusMessage } from './focus-message';
import { LinkIncomplete } from './link-incomplete';
import { ResendVerification } from './resend-verification';
import { meKey, useMe } from './session';

/** Opened from the verification mail: confirms the address once and says how it went. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useQueryClient();
  const me = useMe();
  const verify = useMutation({
    mutationFn: () => api.post('/auth/verify-email', { token }),
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
  // A token is good once; StrictMode's second effect run must not spend it again.
  const started = useRef(false);
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    verify.mutate();
  }, [token, verify]);

  const unverified = me.data?.user.email && !me.data.user.emailVerified;
  return (
    <AuthCard title={t('auth.verify.title')}>
      {!token && <LinkIncomplete>{t('auth.verify.incomplete')}</LinkIncomplete>}
      {token && (verify.isIdle || verify.isPending) && <PageLoader />}
      {verify.isSuccess && <FocusMessage text={t('auth.verify.done')} />}
      {verify.isError && <ProblemAlert error={verify.error} />}
      {(verify.isError || !token) && unverified && <ResendVerification />}
      {me.data ? (
        <NextStep to="/profile" label={t('account.profile')} />
      ) : (
        <NextStep to="/sign-in" label={t('auth.signIn.link')} />
      )}
    </AuthCard>
  );
}
