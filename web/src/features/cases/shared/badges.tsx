import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseStatus, Priority } from '../types';

// Dark shades: white or coloured text on them meets the WCAG AA contrast ratio.
const STATUS_COLOR: Record<CaseStatus, string> = {
  new: 'blue.8',
  open: 'indigo.8',
  waiting_on_customer: 'grape.9',
  remedy_offered: 'violet.8',
  remedy_accepted: 'cyan.9',
  remedy_rejected: 'red.9',
  carried_out: 'indigo.9',
  resolved: 'teal.9',
  merged: 'gray.7',
};
// Badges keep their whole word in narrow table cells instead of an ellipsis.
const WHOLE = { root: { flexShrink: 0, maxWidth: 'none' }, label: { overflow: 'visible' } } as const;

const PRIORITY_COLOR: Record<Priority, string> = { low: 'gray.7', normal: 'blue.8', high: 'red.9', urgent: 'red.9' };

export function StatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Badge color={STATUS_COLOR[status]} variant="filled" styles={WHOLE}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadges({ priority, safety }: { priority: Priority; safety: boolean }) {
  const { t } = useTranslation('cases');
  return (
    <Group gap={4}>
      {safety && (
        <Badge color="red.9" variant="filled" styles={WHOLE}>
          {t('safety.badge')}
        </Badge>
      )}
      <Badge color={PRIORITY_COLOR[priority]} variant={priority === 'urgent' ? 'filled' : 'outline'} styles={WHOLE}>
        {t(`priority.${priority}`)}
      </Badge>
    </Group>
  );
}
