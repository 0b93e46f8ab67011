/** Navigation entries of the notifications module (labels in the `notifications` namespace). */
export const portalNav = [{ to: '/notifications', labelKey: 'nav.portal' }] as const;
export const consoleNav = [] as const;
