import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board } from './types';

const DEFAULT_IMPORTANCE = { nice_to_have: 0.5, important: 1, critical: 2 };

/** The board's rules in words: budget, threshold, and how votes are weighed (shown to everyone). */
export function BoardRules({ board }: { board: Board }) {
  const { t } = useTranslation('ideas');
  const rule = board.weightRule;
  const values = Object.entries(rule.values ?? {});
  const importance = { ...DEFAULT_IMPORTANCE, ...(rule.importance ?? {}) };
  return (
    <section aria-labelledby="board-rules">
      <Text fw={600} id="board-rules" size="sm">
        {t('rules.heading')}
      </Text>
      <List size="sm" spacing={4}>
        {board.voteBudget !== null && (
          <List.Item>
            {t('rules.budget', { count: board.voteBudget })}
            {board.votesLeft !== null && ` ${t('rules.votesLeft', { count: board.votesLeft })}`}
          </List.Item>
        )}
        {board.threshold !== null && (
          <List.Item>{t('rules.threshold', { count: board.threshold, days: board.answerDays })}</List.Item>
        )}
        <List.Item>
          {t('rules.weightBase')}
          {rule.attribute &&
            values.length > 0 &&
            ` ${t('rules.weightAttribute', { attribute: rule.attribute, values: values.map(([k, v]) => `${k} ×${v}`).join(', ') })}`}
          {board.importanceEnabled &&
            ` ${t('rules.weightImportance', { nice: importance.nice_to_have, important: importance.important, critical: importance.critical })}`}
        </List.Item>
      </List>
    </section>
  );
}
