import { NativeSelect, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ProblemAlert } from '../../ui/problem-alert';
import type { Me } from '../identity/types';
import { LinkAccountButton } from './link-account-form';
import { consoleKeys, useSwitchWorkspace } from './queries';

/**
 * The current workspace's name; a switcher when the person has linked staff accounts in other
 * workspaces, and the way to link one.
 */
export function WorkspaceSwitcher({ me }: { me: Me }) {
  const { t } = useTranslation();
  const workspaces = useQuery({
    queryKey: consoleKeys.myWorkspaces,
    queryFn: ({ signal }) => api.get('/me/workspaces', { signal }),
  });
  const switchTo = useSwitchWorkspace();
  const items = workspaces.data?.items ?? [];

  if (items.length < 2) {
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed">
          {t('console.workspace.current')}
        </Text>
        <Text fw={600} truncate>
          {me.workspace.name}
        </Text>
        <LinkAccountButton />
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('console.workspace.switch')}
        size="sm"
        value={me.workspace.id}
        disabled={switchTo.isPending}
        data={items.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
        onChange={(event) => switchTo.mutate(event.currentTarget.value)}
      />
      {switchTo.isError && <ProblemAlert error={switchTo.error} />}
      <LinkAccountButton />
    </Stack>
  );
}
