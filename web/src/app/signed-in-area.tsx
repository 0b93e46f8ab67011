import { Group } from '@mantine/core';
import { AccountMenu } from '../features/identity/account-menu';
import type { Me } from '../features/identity/types';
import { NotificationBell } from '../features/notifications/notification-bell';

/** The header's account slot for a signed-in person: notifications and their menu. */
export function SignedInArea({ me, afterSignOut }: { me: Me; afterSignOut: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <NotificationBell />
      <AccountMenu me={me} afterSignOut={afterSignOut} />
    </Group>
  );
}
