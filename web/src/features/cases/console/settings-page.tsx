import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { ConsolePage, ConsoleSection } from '../../../ui/console-page';
import { useCaseSettings } from '../queries';
import { GeneralSettings } from './settings-general';
import { MacroSettings, RootCauseSettings, TeamsSettings } from './settings-lists';
import { HolidayCalendar, SlaPolicies } from './settings-sla';

/** How the workspace handles cases: remedies, recourse, SLA, calendar, teams, causes, macros. */
export function CaseSettingsPage() {
  const { t } = useTranslation('cases');
  const settings = useCaseSettings();
  return (
    <ConsolePage title={t('settings.title')} intro={t('settings.intro')} managersOnly>
      {settings.isPending && <PageLoader />}
      {settings.error && <ProblemAlert error={settings.error} />}
      {settings.data && (
        <ConsoleSection id="general" title={t('settings.general')}>
          <GeneralSettings settings={settings.data} />
        </ConsoleSection>
      )}
      <ConsoleSection id="sla" title={t('settings.sla')}>
        <SlaPolicies />
      </ConsoleSection>
      <ConsoleSection id="calendar" title={t('settings.calendar')}>
        <HolidayCalendar />
      </ConsoleSection>
      <ConsoleSection id="teams" title={t('settings.teams')}>
        <TeamsSettings />
      </ConsoleSection>
      <ConsoleSection id="causes" title={t('settings.rootCauses')}>
        <RootCauseSettings />
      </ConsoleSection>
      <ConsoleSection id="macros" title={t('settings.macros')}>
        <MacroSettings />
      </ConsoleSection>
    </ConsolePage>
  );
}
