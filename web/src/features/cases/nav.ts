/** Navigation entries of the cases module (labels in the `cases` namespace). */
export const portalNav = [{ to: '/cases', labelKey: 'nav.portal' }] as const;
export const consoleNav = [{ to: '/console/cases', labelKey: 'nav.console' }] as const;
