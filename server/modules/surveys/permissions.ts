import { definePermission } from '../identity/index.js';

/** Who may do what with surveys: every staff member reads results; agents follow up; admins build and send. */
export const SurveyPermissions = {
  read: 'surveys.read',
  manage: 'surveys.manage',
  followUp: 'surveys.follow_up',
} as const;

definePermission(SurveyPermissions.read, { roles: ['owner', 'admin', 'agent', 'moderator'], scope: 'read' });
definePermission(SurveyPermissions.manage, { roles: ['owner', 'admin'], scope: 'write' });
definePermission(SurveyPermissions.followUp, { roles: ['owner', 'admin', 'agent'], scope: 'write' });
