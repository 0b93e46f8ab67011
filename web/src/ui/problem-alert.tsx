import { Alert, List, Text, type MantineSpacing } from '@mantine/core';
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

function titleKey(status: number, code: string | undefined): ParseKeys {
  if (status === 0) return 'problem.network';
  // A refused password is something the person typed, not a missing sign-in.
  if (status === 400 || status === 422 || code === 'invalid_credentials') return 'problem.invalid';
  if (status === 401) return 'problem.unauthenticated';
  if (status === 403) return 'problem.forbidden';
  if (status === 404) return 'problem.notFound';
  if (status === 409 || status === 412) return 'problem.conflict';
  if (status === 429) return 'problem.rateLimited';
  if (status >= 500) return 'problem.server';
  return 'problem.generic';
}

interface ProblemAlertProps {
  error: unknown;
  /** Fields the form already shows next to their inputs; they are left out of the list here. */
  inlineFields?: string[];
  /** Headline to use instead of the one chosen by status. */
  title?: string;
  /** Also show the server's own `detail` under a translated message (it may name the exact cause). */
  showDetail?: boolean;
  mt?: MantineSpacing;
}

/**
 * Shows a failed call: a translated headline chosen by status, then a translated message for a
 * known problem `code` (else the server's `detail`) and any per-field messages not shown inline.
 * Anything that is not an ApiError gets the generic headline.
 */
export function ProblemAlert({ error, inlineFields = [], title, showDetail = false, mt }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const problem = error instanceof ApiError ? error : undefined;
  const codeKey = `problem.codes.${problem?.code ?? ''}` as ParseKeys;
  const message = problem?.code && i18n.exists(codeKey) ? String(t(codeKey)) : problem?.detail;
  const listed = (problem?.errors ?? [])
    .map((fieldError) => ({ ...fieldError, field: fieldError.field.replace(/^body\./, '') }))
    .filter((fieldError) => !inlineFields.includes(fieldError.field));
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      mt={mt}
      title={title ?? t(problem ? titleKey(problem.status, problem.code) : 'problem.generic')}
    >
      {message && <Text size="sm">{message}</Text>}
      {showDetail && problem?.detail && message !== problem.detail && (
        <Text size="xs" c="dimmed" mt={4} lang="en">
          {problem.detail}
        </Text>
      )}
      {listed.length > 0 && (
        <List size="sm" mt="xs" aria-label={t('problem.fieldErrors')}>
          {listed.map((fieldError) => (
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
