import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { api } from '../../ui/api';
import { useSessionChange } from '../identity/session';

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

/** Signs in to another workspace the person has a staff account in, and opens its console. */
export function useSwitchWorkspace() {
  const navigate = useNavigate();
  const session = useSessionChange();
  return useMutation({
    mutationFn: (workspaceId: string) => api.post('/me/switch-workspace', { workspaceId }),
    onSuccess: (me) => {
      session.signedIn(me);
      navigate('/console');
    },
  });
}
