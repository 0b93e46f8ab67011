import { Button, Group, Modal, Stack, Text, type ButtonProps } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert';

interface ConfirmActionProps {
  /** The button that opens the confirmation. */
  label: ReactNode;
  /** Accessible name of that button when `label` alone is ambiguous (e.g. "Remove" in a table row). */
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
  buttonProps?: ButtonProps;
}

/** A destructive action behind a confirmation dialog; failures stay in the dialog. */
export function ConfirmAction({
  label,
  ariaLabel,
  title,
  message,
  confirmLabel,
  onConfirm,
  buttonProps,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [opened, dialog] = useDisclosure(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await onConfirm();
      dialog.close();
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button color="red" variant="light" size="xs" aria-label={ariaLabel} {...buttonProps} onClick={dialog.open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={dialog.close} title={title} centered>
        <Stack>
          <Text size="sm">{message}</Text>
          {error !== null && <ProblemAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={dialog.close}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={pending} onClick={() => void confirm()}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
