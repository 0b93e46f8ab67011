import { Button, DataList, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { PageLoader } from '../../ui/page-loader';
import { NewPasswordInput } from '../../ui/new-password-input';
import { ProblemAlert } from '../../ui/problem-alert';
import { useForm } from '../../ui/use-form';
import { AuthCard } from '../identity/auth-card';
import { useSessionChange } from '../identity/session';

/** Opened from the invitation mail: who invited you to what, then name + password to join. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const navigate = useNavigate();
  const session = useSessionChange();
  const preview = useQuery({
    queryKey: ['invitation-preview', token],
    queryFn: ({ signal }) => api.get('/invitations/preview', { query: { token }, signal }),
    enabled: token.length > 0,
    staleTime: Infinity,
  });
  const form = useForm({ displayName: '', password: '' }, (values) => ({
    displayName: firstError(values.displayName, rules.required),
    password: firstError(values.password, rules.password),
  }));
  const accept = useMutation({
    mutationFn: (body: { displayName: string; password: string }) =>
      api.post('/invitations/accept', { token, ...body }),
    onSuccess: (me) => {
      session.signedIn(me);
      navigate('/console', { replace: true });
    },
    onError: (error) => form.showServerErrors(error),
  });

  if (!token || preview.isError) {
    return (
      <AuthCard title={t('console.invitation.invalidTitle')} intro={t('console.invitation.invalidText')}>
        {preview.isError && <ProblemAlert error={preview.error} />}
      </AuthCard>
    );
  }
  if (preview.isPending) return <PageLoader />;
  const invitation = preview.data;

  return (
    <AuthCard
      title={t('console.invitation.title', { workspace: invitation.workspace.name })}
      intro={t('console.invitation.intro')}
    >
      <DataList labelWidth={96}>
        {[
          [t('console.invitation.workspace'), invitation.workspace.name],
          [t('auth.email'), invitation.email],
          [t('console.members.role'), t(`roles.${invitation.role}`)],
        ].map(([label, value]) => (
          <DataList.Item key={label}>
            <DataList.ItemLabel>{label}</DataList.ItemLabel>
            <DataList.ItemValue style={{ overflowWrap: 'anywhere' }}>{value}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check())
            accept.mutate({ displayName: form.values.displayName.trim(), password: form.values.password });
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('auth.displayName')}
            autoComplete="name"
            required
            maxLength={80}
            {...form.input('displayName')}
          />
          <NewPasswordInput {...form.input('password')} />
          {accept.isError && <ProblemAlert error={accept.error} inlineFields={form.fieldNames} />}
          <Button type="submit" loading={accept.isPending} fullWidth>
            {t('console.invitation.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
