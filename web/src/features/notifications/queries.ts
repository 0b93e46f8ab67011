import { useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';
import { useMe } from '../identity/session';

export const notificationsKey = ['notifications'] as const;

/** The unread badge; refreshed every minute while the page is open. */
export function useUnreadCount() {
  const me = useMe();
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    enabled: Boolean(me.data),
    refetchInterval: 60_000,
    queryFn: ({ signal }) => api.get('/notifications/unread-count', { signal }),
  });
}
