import { useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';
import { useMe } from '../identity/session';

export const notificationsKey = ['notifications'] as const;

export interface Notification {
  id: string;
  kind: string;
  category: string | null;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: string;
}

/** The unread badge; refreshed every minute while the page is open. */
export function useUnreadCount() {
  const me = useMe();
  return useQuery({
    queryKey: [...notificationsKey, 'unread'],
    enabled: Boolean(me.data),
    refetchInterval: 60_000,
    queryFn: ({ signal }) => api.get<{ unreadCount: number }>('/notifications/unread-count', { signal }),
  });
}
