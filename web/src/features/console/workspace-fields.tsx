import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languageOptions } from '../identity/language-options';

export { suggestSlug } from './slug';

/** The browser's own time zone, the likeliest answer for a new workspace. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

let zones: string[] | undefined;
function timeZones(current: string): string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}

type SelectProps = Omit<NativeSelectProps, 'data'> & { value: string };

export function TimeZoneSelect(props: SelectProps) {
  const { t } = useTranslation();
  return <NativeSelect label={t('console.workspace.timeZone')} data={timeZones(props.value)} {...props} />;
}

export function LocaleSelect(props: SelectProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('console.workspace.defaultLocale')}
      description={t('console.workspace.defaultLocaleHint')}
      data={languageOptions}
      {...props}
    />
  );
}
