import { ActionIcon, CopyButton, Group, PasswordInput, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckIcon, CopyIcon } from './icons';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Hidden until revealed (for secrets shown on screen). */
  secret?: boolean;
  description?: string;
}

/** A read-only value with a copy button, for keys and secrets. */
export function CopyField({ label, value, secret = false, description }: CopyFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const Input = secret ? PasswordInput : TextInput;
  return (
    <Group gap="xs" align="flex-end" wrap="nowrap">
      <Input
        id={id}
        label={label}
        description={description}
        value={value}
        readOnly
        style={{ flexGrow: 1, minWidth: 0 }}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        onFocus={(event) => event.currentTarget.select()}
      />
      <CopyButton value={value} timeout={2000}>
        {({ copied, copy }) => (
          <>
            <Tooltip label={copied ? t('common.copied') : t('common.copy')} withArrow>
              <ActionIcon
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'teal' : undefined}
                size="lg"
                mb={2}
                onClick={copy}
                aria-label={`${t('common.copy')}: ${label}`}
              >
                {copied ? <CheckIcon /> : <CopyIcon />}
              </ActionIcon>
            </Tooltip>
            <VisuallyHidden role="status">{copied ? t('common.copied') : ''}</VisuallyHidden>
          </>
        )}
      </CopyButton>
    </Group>
  );
}
