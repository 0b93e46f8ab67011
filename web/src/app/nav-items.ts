import type { ParseKeys } from 'i18next';

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  /** Active only on an exact match (for section roots such as /console). */
  end?: boolean;
  /** Console only: shown to owners and admins, not to agents and moderators. */
  managersOnly?: boolean;
}

/** Portal header links; a module adds its entry here when its pages land. */
export const portalNavItems: NavItem[] = [
  { to: '/surveys', labelKey: 'portal.nav.surveys' },
  { to: '/ideas', labelKey: 'portal.nav.ideas' },
  { to: '/decisions', labelKey: 'portal.nav.decisions' },
  { to: '/community', labelKey: 'portal.nav.community' },
  { to: '/cases', labelKey: 'portal.nav.cases' },
];

/** Console sidebar links; a module adds its entry here when its pages land. */
export const consoleNavItems: NavItem[] = [
  { to: '/console', labelKey: 'console.nav.overview', end: true },
  { to: '/console/settings', labelKey: 'console.nav.settings', managersOnly: true },
  { to: '/console/members', labelKey: 'console.nav.members' },
  { to: '/console/api-keys', labelKey: 'console.nav.apiKeys', managersOnly: true },
  { to: '/console/audit-log', labelKey: 'console.nav.auditLog', managersOnly: true },
];
