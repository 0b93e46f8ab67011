/** Links the app shell shows for the surveys module. */
export const portalNav = [{ to: '/surveys', labelKey: 'surveys:nav.portal' }];
export const consoleNav = [
  { to: '/console/surveys', labelKey: 'surveys:nav.console' },
  { to: '/console/survey-followups', labelKey: 'surveys:nav.followups' },
];
