import { Anchor, Badge, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import type { FileView, Message } from '../types';

export function Photos({ files, label }: { files: FileView[]; label: string }) {
  if (files.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 3, sm: 4 }} spacing="xs" aria-label={label}>
      {files.map((f) => (
        <Anchor key={f.id} href={f.url} target="_blank" rel="noopener">
          <Image src={f.url} alt={label} radius="sm" h={80} fit="cover" />
        </Anchor>
      ))}
    </SimpleGrid>
  );
}

/** The conversation; bodyHtml is rendered and sanitised by the server. */
export function Thread({ messages }: { messages: Message[] }) {
  const { t, i18n } = useTranslation('cases');
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('thread.title')}>
      {messages.map((m) => (
        <Paper
          component="li"
          key={m.id}
          withBorder
          p="sm"
          radius="md"
          bg={m.internal ? 'yellow.0' : m.authorKind === 'customer' ? 'gray.0' : undefined}
        >
          <Group gap="xs" mb={4} wrap="wrap">
            <Text fw={600} size="sm">
              {m.authorKind === 'system' ? t('thread.system') : (m.author?.displayName ?? t(`thread.${m.authorKind}`))}
            </Text>
            {m.internal && (
              <Badge color="yellow" size="sm">
                {t('thread.internal')}
              </Badge>
            )}
            <Text size="xs" c="dimmed">
              {formatDateTime(m.createdAt, i18n.language)}
            </Text>
          </Group>
          <div className="user-content" dangerouslySetInnerHTML={{ __html: m.bodyHtml }} />
          <Photos files={m.files} label={t('thread.photo')} />
        </Paper>
      ))}
    </Stack>
  );
}
