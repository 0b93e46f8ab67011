import { Avatar, Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useSignOut } from './session';
import { isStaff, type Me } from './types';

interface AccountMenuProps {
  me: Me;
  /** Where to go after signing out. */
  afterSignOut: string;
}

/** The signed-in person's menu in a header: who they are, profile, console (staff), sign out. */
export function AccountMenu({ me, afterSignOut }: AccountMenuProps) {
  const { t } = useTranslation();
  const signOut = useSignOut(afterSignOut);
  const { user } = me;
  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          size="xs"
          px={6}
          aria-label={t('account.menuLabel', { name: user.displayName })}
          leftSection={
            <Avatar src={user.avatarUrl} name={user.displayName} alt="" size={22} color="indigo" variant="filled" />
          }
          styles={{ section: { marginInlineEnd: 0 } }}
        >
          <Text span size="xs" fw={600} visibleFrom="sm" ml={6} maw={140} truncate>
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {user.displayName}
          </Text>
          {user.email && (
            <Text size="xs" truncate>
              {user.email}
            </Text>
          )}
        </Menu.Label>
        <Menu.Item component={Link} to="/profile">
          {t('account.profile')}
        </Menu.Item>
        {isStaff(user.role) && (
          <Menu.Item component={Link} to="/console">
            {t('account.console')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item onClick={() => signOut.mutate()} disabled={signOut.isPending}>
          {t('account.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
