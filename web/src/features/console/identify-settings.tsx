import { Button, Code, Group, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ConfirmAction } from '../../ui/confirm-action';
import { CopyField } from '../../ui/copy-field';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { SaveRow } from '../../ui/save-row';
import { ConsoleSection } from '../../ui/console-page';
import { consoleKeys } from './queries';

/**
 * Identified sign-in: the brand's site signs a short-lived JWT for a customer (HS256 with the
 * shared secret, or RS256 with its private key whose public key is kept here) and sends them to /sso.
 */
export function IdentifySettingsSection() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const settings = useQuery({
    queryKey: consoleKeys.identify,
    queryFn: ({ signal }) => api.get('/workspace/identify', { signal }),
  });
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const saveKey = useMutation({
    mutationFn: (key: string | null) => api.put('/workspace/identify/public-key', { publicKey: key }),
    onSuccess: (updated) => {
      client.setQueryData(consoleKeys.identify, updated);
      setPublicKey(null);
    },
  });

  const section = (content: ReactNode) => (
    <ConsoleSection id="identify-heading" title={t('console.identify.title')} intro={t('console.identify.intro')}>
      {content}
    </ConsoleSection>
  );
  if (settings.isPending) return section(<PageLoader />);
  if (settings.isError) return section(<ProblemAlert error={settings.error} />);
  const keyText = publicKey ?? settings.data.publicKey ?? '';
  const ssoUrl = `${window.location.origin}/sso?token=`;

  return section(
    <Stack gap="md">
      <Text size="sm">
        {t('console.identify.howTo')} <Code>{'/sso?token=<JWT>&redirect=/path'}</Code>
      </Text>
      <CopyField label={t('console.identify.ssoUrl')} value={ssoUrl} />
      <CopyField
        label={t('console.identify.secret')}
        description={t('console.identify.secretHint')}
        value={settings.data.secret}
        secret
      />
      <Group>
        <ConfirmAction
          label={t('console.identify.rotate')}
          title={t('console.identify.rotateTitle')}
          message={t('console.identify.rotateText')}
          confirmLabel={t('console.identify.rotateConfirm')}
          buttonProps={{ size: 'sm' }}
          onConfirm={async () => {
            const updated = await api.post('/workspace/identify/rotate-secret');
            client.setQueryData(consoleKeys.identify, updated);
            void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
          }}
        />
      </Group>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          saveKey.mutate(keyText.trim() || null);
        }}
      >
        <Stack gap="sm">
          <Textarea
            label={t('console.identify.publicKey')}
            description={t('console.identify.publicKeyHint')}
            placeholder={'-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----'}
            autosize
            minRows={4}
            maxRows={12}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
            value={keyText}
            onChange={(event) => {
              setPublicKey(event.currentTarget.value);
              saveKey.reset();
            }}
            error={saveKey.isError ? t('console.identify.publicKeyInvalid') : undefined}
          />
          {saveKey.isError && <ProblemAlert error={saveKey.error} inlineFields={['publicKey']} />}
          <SaveRow pending={saveKey.isPending} done={saveKey.isSuccess} label={t('console.identify.saveKey')}>
            {settings.data.publicKey && (
              <Button variant="default" onClick={() => saveKey.mutate(null)} disabled={saveKey.isPending}>
                {t('console.identify.removeKey')}
              </Button>
            )}
          </SaveRow>
        </Stack>
      </form>
    </Stack>,
  );
}
