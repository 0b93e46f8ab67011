import { Container, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { ChangePasswordForm } from './change-password-form';
import { ProfileForm } from './profile-form';
import { useMe } from './session';
import { SignOutEverywhere } from './sign-out-everywhere';
import { VerificationBanner } from './verification-banner';

export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ProblemAlert error={me.error} />;
  if (!me.data) return <Navigate to="/sign-in?next=%2Fprofile" replace />;
  const { user } = me.data;
  return (
    <Container size="sm" px={0} py={{ base: 'sm', sm: 'xl' }}>
      <Stack gap="lg">
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {t('account.title')}
        </Title>
        {user.email && !user.emailVerified && <VerificationBanner email={user.email} />}
        {/* Keyed by user so a different person's sign-in starts with their values. */}
        <ProfileForm key={user.id} user={user} />
        {user.email && <ChangePasswordForm />}
        <SignOutEverywhere />
      </Stack>
    </Container>
  );
}
