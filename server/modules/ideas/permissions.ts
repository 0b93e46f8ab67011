import { definePermission } from '../identity/index.js';

/** Staff reading the console views (triage, priorities, overdue, export). */
export const TRIAGE = 'ideas.triage';
/** Staff acting on ideas: moderate, edit, move, status, answer, merge, vote on behalf, RICE. */
export const MODERATE = 'ideas.moderate';
/** Admins shaping boards and the status workflow. */
export const CONFIGURE = 'ideas.configure';

definePermission(TRIAGE, { roles: ['owner', 'admin', 'agent', 'moderator'], scope: 'read' });
definePermission(MODERATE, { roles: ['owner', 'admin', 'agent', 'moderator'], scope: 'write' });
definePermission(CONFIGURE, { roles: ['owner', 'admin'], scope: 'admin' });
