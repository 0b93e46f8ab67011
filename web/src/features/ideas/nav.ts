/** Navigation entries of the ideas module (labels in the `ideas` namespace). */
export const portalNav = [{ to: '/ideas', labelKey: 'nav.portal' }] as const;
export const consoleNav = [{ to: '/console/ideas', labelKey: 'nav.console' }] as const;
