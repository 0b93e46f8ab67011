import { Alert, type AlertProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A tinted notice whose title keeps the body text colour: Mantine's tinted titles miss WCAG contrast. */
export function Notice(props: AlertProps & { children?: ReactNode }) {
  return <Alert variant="light" styles={{ title: { color: 'var(--mantine-color-text)' } }} {...props} />;
}
