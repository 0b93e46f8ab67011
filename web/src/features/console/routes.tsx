import type { RouteObject } from 'react-router-dom';
import { AcceptInvitationPage } from './accept-invitation-page';
import { ApiKeysPage } from './api-keys-page';
import { AuditLogPage } from './audit-log-page';
import { ConsoleHome } from './console-home';
import { ConsoleSignInPage } from './console-sign-in-page';
import { MembersPage } from './members-page';
import { SettingsPage } from './settings-page';
import { SetupPage } from './setup-page';

/** The workspace's own console pages (children of the guarded console layout). */
export const portalRoutes: RouteObject[] = [];
export const consoleRoutes: RouteObject[] = [
  { index: true, element: <ConsoleHome /> },
  { path: 'settings', element: <SettingsPage /> },
  { path: 'members', element: <MembersPage /> },
  { path: 'api-keys', element: <ApiKeysPage /> },
  { path: 'audit-log', element: <AuditLogPage /> },
];
/** Reachable without a staff session: first run, sign-in, joining by invitation. */
export const consoleEntryRoutes: RouteObject[] = [
  { path: 'setup', element: <SetupPage /> },
  { path: 'sign-in', element: <ConsoleSignInPage /> },
  { path: 'accept-invitation', element: <AcceptInvitationPage /> },
];
