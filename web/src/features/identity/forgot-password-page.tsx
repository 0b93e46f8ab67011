import { MailMeALink } from './mail-me-a-link';

export function ForgotPasswordPage() {
  return <MailMeALink path="/auth/password-reset" texts="auth.forgot" />;
}
