import { Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { AuthCard } from './auth-card';
import { safeRedirect } from './safe-redirect';
import { useMe } from './session';
import { SignInForm } from './sign-in-form';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const next = safeRedirect(params.get('next')) ?? '/';
  // Signed in (now or already): continue where the visitor was going.
  if (me.data) return <Navigate to={next} replace />;
  return (
    <AuthCard title={t('auth.signIn.title')} intro={t('auth.signIn.intro')}>
      <SignInForm />
      <Button component={Link} to="/sign-in-link" variant="default" fullWidth>
        {t('auth.signIn.emailLink')}
      </Button>
      <Group justify="space-between" gap="xs">
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('auth.signIn.forgot')}
        </Anchor>
        <Text size="sm">
          {t('auth.signIn.noAccount')}{' '}
          <Anchor component={Link} to="/sign-up">
            {t('auth.signUp.link')}
          </Anchor>
        </Text>
      </Group>
    </AuthCard>
  );
}
