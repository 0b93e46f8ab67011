import type { RouteObject } from 'react-router-dom';
import { ForgotPasswordPage } from './forgot-password-page';
import { ProfilePage } from './profile-page';
import { ResetPasswordPage } from './reset-password-page';
import { SignInLinkPage } from './sign-in-link-page';
import { SignInPage } from './sign-in-page';
import { SignUpPage } from './sign-up-page';
import { SsoPage } from './sso-page';
import { VerifyEmailPage } from './verify-email-page';

/** Account pages of the portal (/): signing up and in, passwords, verification, the profile. */
export const portalRoutes: RouteObject[] = [
  { path: 'sign-in', element: <SignInPage /> },
  { path: 'sign-in-link', element: <SignInLinkPage /> },
  { path: 'sign-up', element: <SignUpPage /> },
  { path: 'forgot-password', element: <ForgotPasswordPage /> },
  { path: 'reset-password', element: <ResetPasswordPage /> },
  { path: 'verify-email', element: <VerifyEmailPage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'sso', element: <SsoPage /> },
];
export const consoleRoutes: RouteObject[] = [];
