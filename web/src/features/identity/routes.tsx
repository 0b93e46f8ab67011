import type { RouteObject } from 'react-router-dom';
import { lazyPage } from '../../ui/lazy-page';

const ForgotPasswordPage = lazyPage(() => import('./forgot-password-page'), 'ForgotPasswordPage');
const ProfilePage = lazyPage(() => import('./profile-page'), 'ProfilePage');
const ResetPasswordPage = lazyPage(() => import('./reset-password-page'), 'ResetPasswordPage');
const SignInLinkPage = lazyPage(() => import('./sign-in-link-page'), 'SignInLinkPage');
const SignInPage = lazyPage(() => import('./sign-in-page'), 'SignInPage');
const SignUpPage = lazyPage(() => import('./sign-up-page'), 'SignUpPage');
const SsoPage = lazyPage(() => import('./sso-page'), 'SsoPage');
const VerifyEmailPage = lazyPage(() => import('./verify-email-page'), 'VerifyEmailPage');

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
