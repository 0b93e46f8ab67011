import { Badge, Code, Group, Table, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../ui/api';
import { ConfirmAction } from '../../ui/confirm-action';
import { formatDateTime } from '../../ui/format';
import { PageLoader } from '../../ui/page-loader';
import { ProblemAlert } from '../../ui/problem-alert';
import { ScrollRegion } from '../../ui/scroll-region';
import { ConsolePage, ConsoleSection } from '../../ui/console-page';
import { CreateApiKeyForm } from './create-api-key-form';
import { consoleKeys } from './queries';

export function ApiKeysPage() {
  const { t } = useTranslation();
  return (
    <ConsolePage title={t('console.apiKeys.title')} intro={t('console.apiKeys.intro')} managersOnly>
      <CreateApiKeyForm />
      <ApiKeysTable />
    </ConsolePage>
  );
}

function ApiKeysTable() {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const keys = useQuery({ queryKey: consoleKeys.apiKeys, queryFn: ({ signal }) => api.get('/api-keys', { signal }) });
  const items = keys.data?.items ?? [];
  const date = (iso: string | null) => formatDateTime(iso, i18n.language);
  return (
    <ConsoleSection id="keys-heading" title={t('console.apiKeys.listTitle')}>
      {keys.isPending && <PageLoader />}
      {keys.isError && <ProblemAlert error={keys.error} />}
      {keys.isSuccess && items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('console.apiKeys.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <ScrollRegion label={t('console.apiKeys.listTitle')}>
          <Table verticalSpacing="sm" miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('console.apiKeys.name')}</Table.Th>
                <Table.Th>{t('console.apiKeys.prefix')}</Table.Th>
                <Table.Th>{t('console.apiKeys.scopes')}</Table.Th>
                <Table.Th>{t('console.apiKeys.created')}</Table.Th>
                <Table.Th>{t('console.apiKeys.lastUsed')}</Table.Th>
                <Table.Th>{t('console.apiKeys.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((key) => (
                <Table.Tr key={key.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {key.name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Code>{key.prefix}…</Code>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {key.scopes.map((scope) => (
                        <Badge key={scope} variant="light" size="sm">
                          {t(`scopes.${scope}.label`)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{date(key.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{key.lastUsedAt ? date(key.lastUsedAt) : t('console.apiKeys.never')}</Text>
                  </Table.Td>
                  <Table.Td>
                    {key.revokedAt ? (
                      <Text size="sm" c="dimmed">
                        {t('console.apiKeys.revokedAt', { date: date(key.revokedAt) })}
                      </Text>
                    ) : (
                      <ConfirmAction
                        label={t('console.apiKeys.revoke')}
                        ariaLabel={t('console.apiKeys.revokeWhich', { name: key.name })}
                        title={t('console.apiKeys.revokeTitle', { name: key.name })}
                        message={t('console.apiKeys.revokeText')}
                        confirmLabel={t('console.apiKeys.revoke')}
                        onConfirm={async () => {
                          await api.delete('/api-keys/{id}', { params: { id: key.id } });
                          void client.invalidateQueries({ queryKey: consoleKeys.apiKeys });
                          void client.invalidateQueries({ queryKey: consoleKeys.auditLog });
                        }}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </ConsoleSection>
  );
}
