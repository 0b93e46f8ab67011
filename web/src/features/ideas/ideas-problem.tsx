import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../ui/api';
import { ProblemAlert } from '../../ui/problem-alert';

const CODES = [
  'vote_budget_spent',
  'idea_locked',
  'idea_closed',
  'idea_merged',
  'edit_window_closed',
  'file_not_claimable',
  'status_in_use',
  'slug_taken',
] as const;
type Code = (typeof CODES)[number];
const isCode = (code: string | undefined): code is Code => CODES.includes(code as Code);

/** The ideas module's own refusals in the reader's language; anything else as the app shows it. */
export function IdeasProblem({ error }: { error: unknown }) {
  const { t } = useTranslation('ideas');
  if (error instanceof ApiError && isCode(error.code)) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('problems.title')}>
        <Text size="sm">{t(`problems.${error.code}`)}</Text>
      </Alert>
    );
  }
  return <ProblemAlert error={error} />;
}
