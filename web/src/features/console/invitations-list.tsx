import { Group, Stack, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ConfirmAction } from '../../ui/confirm-action';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';

/** Invitations not yet accepted, each with a way to withdraw it. */
export function InvitationsList() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const invitations = useQuery({
    queryKey: consoleKeys.invitations,
    queryFn: ({ signal }) => api.get('/invitations', { signal }),
  });
  const items = invitations.data?.items ?? [];
  return (
    <ConsoleSection id="invitations-heading" title={t('console.members.invitationsTitle')}>
      {invitations.isPending && <PageLoader />}
      {invitations.isError && <ProblemAlert error={invitations.error} />}
      {invitations.isSuccess && items.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('console.members.noInvitations')}
        </Text>
      )}
      {items.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="invitations-heading">
          {items.map((invitation) => (
            <Group component="li" key={invitation.id} justify="space-between" gap="xs" wrap="wrap">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {invitation.email}
                </Text>
                <Text size="xs" c="dimmed">
                  {t(`roles.${invitation.role}`)} ·{' '}
                  {t('console.members.expires', { date: formatDateTime(invitation.expiresAt, i18n.language) })}
                </Text>
              </div>
              <ConfirmAction
                label={t('console.members.revoke')}
                ariaLabel={t('console.members.revokeWho', { email: invitation.email })}
                title={t('console.members.revokeTitle')}
                message={t('console.members.revokeText', { email: invitation.email })}
                confirmLabel={t('console.members.revoke')}
                onConfirm={async () => {
                  await api.delete('/invitations/{id}', { params: { id: invitation.id } });
                  void client.invalidateQueries({ queryKey: consoleKeys.invitations });
                  void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
                }}
              />
            </Group>
          ))}
        </Stack>
      )}
    </ConsoleSection>
  );
}
