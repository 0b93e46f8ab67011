import { definePermission } from '../identity/index.js';

// Agents work cases; admins also configure SLA, calendars, teams, menus. Moderators run the
// community and see no complaints (they carry customers' personal details).
export const CASES_READ = 'cases.read';
export const CASES_WORK = 'cases.work';
export const CASES_MANAGE = 'cases.manage';

definePermission(CASES_READ, { roles: ['owner', 'admin', 'agent'], scope: 'read' });
definePermission(CASES_WORK, { roles: ['owner', 'admin', 'agent'], scope: 'write' });
definePermission(CASES_MANAGE, { roles: ['owner', 'admin'], scope: 'admin' });

export const readAccess = { access: { permission: CASES_READ } } as const;
export const workAccess = { access: { permission: CASES_WORK } } as const;
export const manageAccess = { access: { permission: CASES_MANAGE } } as const;
