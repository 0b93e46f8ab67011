import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { AuthCard } from './auth-card';
import { MailMeALink } from './mail-me-a-link';
import { meKey, useSessionChange } from './session';
import { isStaff } from './types';

/** "Email me a sign-in link": asks for the link, or (opened from the mail) signs in with it. */
export function SignInLinkPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <SignInWithLink token={token} /> : <MailMeALink path="/auth/sign-in-link" texts="auth.signInLink" />;
}

function SignInWithLink({ token }: { token: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const session = useSessionChange();
  const signIn = useMutation({
    mutationFn: () => api.post('/auth/sign-in-link/complete', { token }),
    onSuccess: async (me) => {
      // The page's own "who am I" request (still anonymous) must not land after the new session.
      await client.cancelQueries({ queryKey: meKey });
      session.signedIn(me);
      // Replace: the spent link must not stay in the history.
      navigate(isStaff(me.user.role) ? '/console' : '/', { replace: true });
    },
  });
  // A link is good once; StrictMode's second effect run must not spend it again.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    signIn.mutate();
  }, [signIn]);

  return (
    <AuthCard title={t('auth.signInLink.signingIn')}>
      {signIn.isError ? (
        <>
          <ProblemAlert error={signIn.error} />
          <Button component={Link} to="/sign-in-link">
            {t('auth.signInLink.askAgain')}
          </Button>
        </>
      ) : (
        <PageLoader />
      )}
    </AuthCard>
  );
}
