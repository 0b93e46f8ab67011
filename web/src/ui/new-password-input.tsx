import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A password being chosen: the rules as its description, and `new-password` so password managers
 * offer to generate and save one. Labelled "Password" unless told.
 */
export function NewPasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('auth.password')}
      description={t('auth.passwordHint')}
      autoComplete="new-password"
      required
      {...props}
    />
  );
}
