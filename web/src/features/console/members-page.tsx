import { useTranslation } from 'react-i18next';
import { useMe } from '../identity/session';
import { isManager } from '../identity/types';
import { ConsolePage } from '../../ui/console-page';
import { InvitationsList } from './invitations-list';
import { InviteForm } from './invite-form';
import { MembersTable } from './members-table';

export function MembersPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manager = isManager(me.data?.user.role);
  return (
    <ConsolePage title={t('console.members.title')} intro={t('console.members.intro')}>
      {me.data && <MembersTable me={me.data} canManage={manager} />}
      {manager && <InviteForm />}
      {manager && <InvitationsList />}
    </ConsolePage>
  );
}
