import { Button, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ConfirmAction } from '../../ui/confirm-action';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { ScrollRegion } from '../../ui/scroll-region';
import { STAFF_ROLES, type Me, type Role } from '../identity/types';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';

/** The workspace's staff, with role changes and removal for owners and admins. */
export function MembersTable({ me, canManage }: { me: Me; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const members = useInfiniteQuery({
    queryKey: consoleKeys.members,
    queryFn: ({ pageParam, signal }) => api.get('/members', { query: { limit: 50, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const changed = () => {
    void client.invalidateQueries({ queryKey: consoleKeys.members });
    void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
  };
  const changeRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: Role }) => api.patch('/members/{id}', { role }, { params: { id } }),
    onSettled: changed,
  });
  // Admins may not grant or take away the owner role.
  const roleOptions = (current: Role) =>
    STAFF_ROLES.map((role) => ({
      value: role,
      label: t(`roles.${role}`),
      disabled: me.user.role !== 'owner' && (role === 'owner' || current === 'owner'),
    }));

  const rows = members.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <ConsoleSection id="staff-heading" title={t('console.members.staffTitle')}>
      {members.isPending && <PageLoader />}
      {members.isError && <ProblemAlert error={members.error} />}
      {changeRole.isError && <ProblemAlert error={changeRole.error} />}
      {rows.length > 0 && (
        <ScrollRegion label={t('console.members.staffTitle')}>
          <Table verticalSpacing="sm" miw={560}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.members.name')}</Table.Th>
                <Table.Th>{t('console.members.role')}</Table.Th>
                <Table.Th>{t('console.members.joined')}</Table.Th>
                {canManage && <Table.Th>{t('console.members.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((member) => {
                const self = member.id === me.user.id;
                const editable = canManage && !self && (me.user.role === 'owner' || member.role !== 'owner');
                return (
                  <Table.Tr key={member.id}>
                    <Table.Td>
                      <Text fw={600} size="sm">
                        {member.displayName}{' '}
                        {self && (
                          <Text span c="dimmed" size="xs">
                            {t('console.members.you')}
                          </Text>
                        )}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {member.email}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {editable ? (
                        <NativeSelect
                          size="xs"
                          aria-label={t('console.members.roleOf', { name: member.displayName })}
                          value={member.role}
                          data={roleOptions(member.role)}
                          disabled={changeRole.isPending}
                          onChange={(event) =>
                            changeRole.mutate({ id: member.id, role: event.currentTarget.value as Role })
                          }
                        />
                      ) : (
                        <Text size="sm">{t(`roles.${member.role}`)}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDateTime(member.createdAt, i18n.language)}</Text>
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        {editable && (
                          <ConfirmAction
                            label={t('console.members.remove')}
                            ariaLabel={t('console.members.removeWho', { name: member.displayName })}
                            title={t('console.members.removeTitle', { name: member.displayName })}
                            message={t('console.members.removeText', { name: member.displayName })}
                            confirmLabel={t('console.members.remove')}
                            onConfirm={async () => {
                              await api.delete('/members/{id}', { params: { id: member.id } });
                              changed();
                            }}
                          />
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
      {members.hasNextPage && (
        <Group>
          <Button variant="default" loading={members.isFetchingNextPage} onClick={() => void members.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Group>
      )}
    </ConsoleSection>
  );
}
