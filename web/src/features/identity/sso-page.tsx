import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../../ui/api';
import { NextStep } from '../../ui/next-step';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { AuthCard } from './auth-card';
import { safeRedirect } from './safe-redirect';
import { useSessionChange } from './session';

/**
 * Identified sign-in: the brand's site sends the customer here with a short-lived JWT it signed.
 * On success the customer continues to `redirect` (same-origin paths only) or the home page.
 */
export function SsoPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSessionChange();
  const token = params.get('token') ?? '';
  const redirect = safeRedirect(params.get('redirect')) ?? '/';
  const identify = useMutation({
    mutationFn: () => api.post('/identify', { token }),
    onSuccess: (me) => {
      session.signedIn(me);
      // Replace: the token must not stay in the history.
      navigate(redirect, { replace: true });
    },
  });
  const started = useRef(false);
  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    identify.mutate();
  }, [token, identify]);

  if (token && !identify.isError) {
    return (
      <AuthCard title={t('auth.sso.title')}>
        <PageLoader />
      </AuthCard>
    );
  }
  const error =
    identify.error ?? new ApiError({ type: 'about:blank', title: '', status: 400, code: 'sso_token_missing' });
  return (
    <AuthCard title={t('auth.sso.failedTitle')} intro={t('auth.sso.failedIntro')}>
      <ProblemAlert error={error} title={t('auth.sso.refused')} showDetail />
      <NextStep to="/sign-in" label={t('auth.sso.signInInstead')} />
    </AuthCard>
  );
}
