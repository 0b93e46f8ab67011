import { Button, Group, Text, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface SaveRowProps {
  /** The request is under way: the button shows it is busy. */
  pending: boolean;
  /** The last save went through: the status line says so until the next one. */
  done: boolean;
  /** The button's text; "Save" unless told. */
  label?: string;
  /** What the status line says once saved; "Saved." unless told. */
  doneText?: string;
  mt?: MantineSpacing;
  /** More buttons, between the submit button and the status line. */
  children?: ReactNode;
}

/**
 * A form's submit button with its status line beside it. The line is always in the page (empty
 * until saved), so screen readers announce the outcome when its text appears.
 */
export function SaveRow({ pending, done, label, doneText, mt, children }: SaveRowProps) {
  const { t } = useTranslation();
  return (
    <Group mt={mt}>
      <Button type="submit" loading={pending}>
        {label ?? t('common.save')}
      </Button>
      {children}
      <Text size="sm" role="status" c="teal.9">
        {done ? (doneText ?? t('common.saved')) : ''}
      </Text>
    </Group>
  );
}
