import { Anchor, Button, Container, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../ui/api';
import { formatDateTime } from '../../../ui/format';
import { PageLoader } from '../../../ui/page-loader';
import { ProblemAlert } from '../../../ui/problem-alert';
import { useMe } from '../../identity/session';
import { casesKey } from '../queries';
import { StatusBadge } from '../shared/badges';
import { Notice } from '../shared/notice';

/** The customer's own cases. */
export function MyCasesPage() {
  const { t, i18n } = useTranslation('cases');
  const me = useMe();
  const list = useQuery({
    queryKey: [...casesKey, 'mine'],
    enabled: Boolean(me.data),
    queryFn: ({ signal }) => api.get('/my/cases', { signal, query: { limit: 100 } }),
  });
  if (me.data === null) {
    return (
      <Container size="md" py="md">
        <Title order={1} mb="md">
          {t('portal.title')}
        </Title>
        <Notice title={t('portal.signInTitle')}>
          <Anchor component={Link} to={`/sign-in?next=${encodeURIComponent('/cases')}`}>
            {t('portal.signIn')}
          </Anchor>
        </Notice>
      </Container>
    );
  }
  return (
    <Container size="md" px={{ base: 'xs', sm: 'md' }} py="md">
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap">
          <Title order={1} fz={{ base: 24, sm: 30 }}>
            {t('portal.title')}
          </Title>
          <Button component={Link} to="/cases/new">
            {t('portal.new')}
          </Button>
        </Group>
        <Text c="dimmed">{t('portal.intro')}</Text>
        {list.isPending && <PageLoader />}
        {list.error && <ProblemAlert error={list.error} />}
        {list.data && list.data.items.length === 0 && <Text>{t('portal.empty')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <Table.ScrollContainer minWidth={340}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('col.number')}</Table.Th>
                  <Table.Th>{t('col.subject')}</Table.Th>
                  <Table.Th>{t('col.status')}</Table.Th>
                  <Table.Th visibleFrom="sm">{t('col.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/cases/${c.id}`}>
                        {c.number}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{c.subject}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={c.status} />
                    </Table.Td>
                    <Table.Td visibleFrom="sm">{formatDateTime(c.updatedAt, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Container>
  );
}
