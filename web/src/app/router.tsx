import { createBrowserRouter } from 'react-router-dom';
import { AcceptInvitationPage } from '../features/console/accept-invitation-page';
import { ApiKeysPage } from '../features/console/api-keys-page';
import { AuditLogPage } from '../features/console/audit-log-page';
import { ConsoleGuard } from '../features/console/console-guard';
import { ConsoleHome } from '../features/console/console-home';
import { ConsoleSignInPage } from '../features/console/console-sign-in-page';
import { MembersPage } from '../features/console/members-page';
import { SettingsPage } from '../features/console/settings-page';
import { SetupPage } from '../features/console/setup-page';
import { ForgotPasswordPage } from '../features/identity/forgot-password-page';
import { ProfilePage } from '../features/identity/profile-page';
import { ResetPasswordPage } from '../features/identity/reset-password-page';
import { SignInLinkPage } from '../features/identity/sign-in-link-page';
import { SignInPage } from '../features/identity/sign-in-page';
import { SignUpPage } from '../features/identity/sign-up-page';
import { SsoPage } from '../features/identity/sso-page';
import { VerifyEmailPage } from '../features/identity/verify-email-page';
import { HomePage } from '../features/portal/home-page';
import { ConsoleBareLayout } from './console-bare-layout';
import { featureConsoleRoutes, featurePortalRoutes } from './feature-routes';
import { NotFoundPage } from './not-found-page';
import { PortalLayout } from './portal-layout';

// Modules add their pages in web/src/features/<module>/routes.tsx (gathered in feature-routes.ts);
// the catch-all stays last.
export const router = createBrowserRouter([
  {
    path: '/',
    element: <PortalLayout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'sign-in-link', element: <SignInLinkPage /> },
      { path: 'sign-up', element: <SignUpPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      { path: 'verify-email', element: <VerifyEmailPage /> },
      { path: 'profile', element: <ProfilePage /> },
      { path: 'sso', element: <SsoPage /> },
      ...featurePortalRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/console',
    children: [
      // Reachable without a staff session: first run, sign-in, joining by invitation.
      {
        element: <ConsoleBareLayout />,
        children: [
          { path: 'setup', element: <SetupPage /> },
          { path: 'sign-in', element: <ConsoleSignInPage /> },
          { path: 'accept-invitation', element: <AcceptInvitationPage /> },
        ],
      },
      // Everything else: the guard sends to setup or sign-in, or shows the no-access page.
      {
        element: <ConsoleGuard />,
        children: [
          { index: true, element: <ConsoleHome /> },
          { path: 'settings', element: <SettingsPage /> },
          { path: 'members', element: <MembersPage /> },
          { path: 'api-keys', element: <ApiKeysPage /> },
          { path: 'audit-log', element: <AuditLogPage /> },
          ...featureConsoleRoutes,
          { path: '*', element: <NotFoundPage home="/console" /> },
        ],
      },
    ],
  },
]);
