import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A horizontally scrollable region for wide tables on narrow screens. It is focusable and named
 * ("<label> (table)"), so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div
      role="region"
      aria-label={t('common.tableRegion', { name: label })}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%' }}
    >
      {children}
    </div>
  );
}
