import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A page opened from a mail without its token: the link was cut short, and what to do about it. */
export function LinkIncomplete({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" title={t('auth.linkIncomplete')}>
      {children}
    </Alert>
  );
}
