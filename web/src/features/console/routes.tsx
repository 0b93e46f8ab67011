import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const AcceptInvitationPage = lazyPage(() => import('./accept-invitation-page'), 'AcceptInvitationPage');
const ApiKeysPage = lazyPage(() => import('./api-keys-page'), 'ApiKeysPage');
const AuditLogPage = lazyPage(() => import('./audit-log-page'), 'AuditLogPage');
export const ConsoleHome = lazyPage(() => import('./console-home'), 'ConsoleHome');
const ConsoleSignInPage = lazyPage(() => import('./console-sign-in-page'), 'ConsoleSignInPage');
const MembersPage = lazyPage(() => import('./members-page'), 'MembersPage');
const SettingsPage = lazyPage(() => import('./settings-page'), 'SettingsPage');
const SetupPage = lazyPage(() => import('./setup-page'), 'SetupPage');

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
