import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { useMe } from '../identity/session';
import { BusinessHoursForm } from './business-hours-form';
import { ConsolePage } from '../../ui/console-page';
import { CreateWorkspaceForm } from './create-workspace-form';
import { IdentifySettingsSection } from './identify-settings';
import { useWorkspace } from './queries';
import { WorkspaceSettingsForm } from './workspace-settings-form';

export function SettingsPage() {
  const { t } = useTranslation();
  return (
    <ConsolePage title={t('console.settings.title')} intro={t('console.settings.intro')} managersOnly>
      <SettingsSections />
    </ConsolePage>
  );
}

function SettingsSections() {
  const me = useMe();
  const workspace = useWorkspace();
  if (workspace.isPending) return <PageLoader />;
  if (workspace.isError) return <ProblemAlert error={workspace.error} />;
  // Keyed by workspace: switching workspaces starts the forms afresh.
  return (
    <>
      <WorkspaceSettingsForm key={`settings-${workspace.data.id}`} workspace={workspace.data} />
      <BusinessHoursForm key={`hours-${workspace.data.id}`} workspace={workspace.data} />
      <IdentifySettingsSection key={`identify-${workspace.data.id}`} />
      {me.data?.user.role === 'owner' && <CreateWorkspaceForm />}
    </>
  );
}
