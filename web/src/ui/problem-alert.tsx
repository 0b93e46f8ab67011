import { Alert, List, Text } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

function titleKey(status: number): ParseKeys {
  if (status === 0) return 'problem.network';
  if (status === 400 || status === 422) return 'problem.invalid';
  if (status === 401) return 'problem.unauthenticated';
  if (status === 403) return 'problem.forbidden';
  if (status === 404) return 'problem.notFound';
  if (status === 409 || status === 412) return 'problem.conflict';
  if (status === 429) return 'problem.rateLimited';
  if (status >= 500) return 'problem.server';
  return 'problem.generic';
}

/**
 * Shows a failed call: a translated headline chosen by status, then the server's `detail`
 * (localised by the server from Accept-Language) and any per-field messages.
 * Anything that is not an ApiError gets the generic headline.
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error : undefined;
  return (
    <Alert color="red" variant="light" role="alert" title={t(problem ? titleKey(problem.status) : 'problem.generic')}>
      {problem?.detail && <Text size="sm">{problem.detail}</Text>}
      {problem && problem.errors.length > 0 && (
        <List size="sm" mt="xs" aria-label={t('problem.fieldErrors')}>
          {problem.errors.map((fieldError) => (
            <List.Item key={`${fieldError.field}:${fieldError.message}`}>
              <Text span fw={600} size="sm">
                {fieldError.field}
              </Text>
              : {fieldError.message}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
