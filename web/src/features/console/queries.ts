import { useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

/** Query keys of the console's server state, so a mutation can invalidate exactly what it changed. */
export const consoleKeys = {
  workspace: ['workspace'] as const,
  identify: ['workspace', 'identify'] as const,
  myWorkspaces: ['me', 'workspaces'] as const,
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  apiKeys: ['api-keys'] as const,
  auditLog: ['audit-log'] as const,
};

export function useWorkspace() {
  return useQuery({ queryKey: consoleKeys.workspace, queryFn: ({ signal }) => api.get('/workspace', { signal }) });
}
