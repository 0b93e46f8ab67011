import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { firstError, rules } from '../../ui/form';
import { ProblemAlert } from '../../ui/problem-alert';
import { SaveRow } from '../../ui/save-row';
import { useForm } from '../../ui/use-form';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';
import type { InvitableRole } from './types';

const INVITABLE: InvitableRole[] = ['agent', 'moderator', 'admin'];

/** Invites a staff member by email; they get a link valid for seven days. */
export function InviteForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm({ email: '', role: 'agent' }, (values) => ({
    email: firstError(values.email, rules.required, rules.email),
  }));
  const invite = useMutation({
    mutationFn: (body: { email: string; role: InvitableRole }) => api.post('/invitations', body),
    onSuccess: () => {
      form.setValue('email', '');
      void client.invalidateQueries({ queryKey: consoleKeys.invitations });
      void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
    },
    onError: (error) => form.showServerErrors(error, { already_member: ['email', 'problem.codes.already_member'] }),
  });

  return (
    <ConsoleSection
      id="invite-heading"
      title={t('console.members.inviteTitle')}
      intro={t('console.members.inviteIntro')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (form.check()) invite.mutate({ email: form.values.email.trim(), role: form.values.role as InvitableRole });
        }}
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('auth.email')}
            type="email"
            autoComplete="off"
            required
            style={{ flex: '1 1 220px' }}
            {...form.input('email')}
            onChange={(event) => {
              form.setValue('email', event.currentTarget.value);
              invite.reset();
            }}
          />
          <NativeSelect
            label={t('console.members.role')}
            data={INVITABLE.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            style={{ flex: '0 1 160px' }}
            {...form.input('role')}
          />
        </Group>
        {invite.isError && <ProblemAlert mt="sm" error={invite.error} inlineFields={form.fieldNames} />}
        <SaveRow
          mt="sm"
          pending={invite.isPending}
          done={invite.isSuccess}
          label={t('console.members.inviteSubmit')}
          doneText={invite.data && t('console.members.invited', { email: invite.data.email })}
        />
      </form>
    </ConsoleSection>
  );
}
