import { NativeSelect, TextInput, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useForm } from '../../ui/use-form';
import { languageOptions } from '../identity/language-options';
import { suggestSlug } from './slug';

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

type FormOf<K extends string> = Pick<ReturnType<typeof useForm<K>>, 'values' | 'setValue' | 'input'>;

interface WorkspaceNameFieldsProps<K extends string> {
  form: FormOf<K>;
  /** The form's fields for the name and the address. */
  name: K;
  slug: K;
  /** For a new workspace: keep suggesting an address from the name until the person types one of their own. */
  suggestSlug?: boolean;
}

/** A workspace's name and its address (slug), in setup, in creating another workspace and in settings. */
export function WorkspaceNameFields<K extends string>({
  form,
  name,
  slug,
  suggestSlug: suggesting = false,
}: WorkspaceNameFieldsProps<K>) {
  const { t } = useTranslation();
  const nameInput = form.input(name);
  const onNameChange: typeof nameInput.onChange = (event) => {
    const value = event.currentTarget.value;
    if (form.values[slug] === suggestSlug(form.values[name])) form.setValue(slug, suggestSlug(value));
    form.setValue(name, value);
  };
  return (
    <>
      <TextInput
        label={t('console.workspace.name')}
        required
        maxLength={80}
        {...nameInput}
        onChange={suggesting ? onNameChange : nameInput.onChange}
      />
      <TextInput
        label={t('console.workspace.slug')}
        description={t('console.workspace.slugHint')}
        required
        maxLength={40}
        autoCapitalize="none"
        spellCheck={false}
        {...form.input(slug)}
      />
    </>
  );
}
