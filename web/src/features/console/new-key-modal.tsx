import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../../ui/copy-field';
import type { ApiKey } from './types';

/** The one and only time the full key is shown: copy it now. */
export function NewKeyModal({ created, onClose }: { created: (ApiKey & { key: string }) | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={t('console.apiKeys.createdTitle', { name: created?.name ?? '' })}
      centered
      size="lg"
    >
      {created && (
        <Stack>
          <Alert color="yellow" variant="light" title={t('console.apiKeys.onceTitle')}>
            {t('console.apiKeys.onceText')}
          </Alert>
          <CopyField label={t('console.apiKeys.key')} value={created.key} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('console.apiKeys.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
