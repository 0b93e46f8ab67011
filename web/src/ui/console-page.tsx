import { Alert, Stack, Text, Title } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Whether the person in the console is an owner or admin. The console layout, which knows the
 * signed-in person, provides it, so the page shell needs nothing from the identity feature.
 */
export const ManagerContext = createContext(false);

interface ConsolePageProps {
  title: string;
  intro?: string;
  /** Owners and admins only: others see a notice instead of the content. */
  managersOnly?: boolean;
  children: ReactNode;
}

/** A console page: heading, one-line purpose, content. */
export function ConsolePage({ title, intro, managersOnly = false, children }: ConsolePageProps) {
  const { t } = useTranslation();
  const manager = useContext(ManagerContext);
  const allowed = !managersOnly || manager;
  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} fz={{ base: 26, sm: 32 }}>
          {title}
        </Title>
        {intro && <Text c="dimmed">{intro}</Text>}
      </Stack>
      {allowed ? (
        children
      ) : (
        <Alert color="gray" variant="light" title={t('console.managersOnly.title')}>
          {t('console.managersOnly.text')}
        </Alert>
      )}
    </Stack>
  );
}

/** A titled section (card) inside a console page. */
export function ConsoleSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Stack
      component="section"
      aria-labelledby={id}
      gap="sm"
      p={{ base: 'md', sm: 'lg' }}
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Stack gap={2}>
        <Title order={2} id={id} fz="lg">
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}
