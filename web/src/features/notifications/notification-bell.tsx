import { ActionIcon, Indicator } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUnreadCount } from './queries';

/** A bell linking to the notification centre, with the unread count (for the portal header). */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount();
  const count = unread.data?.unreadCount ?? 0;
  if (!unread.data) return null;
  return (
    <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} offset={4}>
      <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={t('bell', { count })}>
        <svg
          width="20"
          height="20"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
          <path d="M13.7 21a2 2 0 0 1-3.4 0" />
        </svg>
      </ActionIcon>
    </Indicator>
  );
}
