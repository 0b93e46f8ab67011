type Locale = 'zh-CN' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

const pick = (locale: string | null | undefined): Locale => (locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

export function verifyEmailMail(locale: string | null | undefined, workspace: string, link: string): MailText {
  return pick(locale) === 'zh-CN'
    ? {
        subject: `请验证您在${workspace}的邮箱`,
        text: `您好！\n\n请点击以下链接验证邮箱（48 小时内有效）：\n${link}\n\n如果不是您本人操作，请忽略本邮件。`,
      }
    : {
        subject: `Verify your email for ${workspace}`,
        text: `Hello,\n\nPlease verify your email address (the link works for 48 hours):\n${link}\n\nIf you did not sign up, ignore this message.`,
      };
}

export function resetPasswordMail(locale: string | null | undefined, workspace: string, link: string): MailText {
  return pick(locale) === 'zh-CN'
    ? {
        subject: `重置您在${workspace}的密码`,
        text: `您好！\n\n请点击以下链接设置新密码（1 小时内有效）：\n${link}\n\n如果您没有申请重置密码，请忽略本邮件，您的密码不会改变。`,
      }
    : {
        subject: `Reset your password for ${workspace}`,
        text: `Hello,\n\nSet a new password with this link (it works for one hour):\n${link}\n\nIf you did not ask for this, ignore this message; your password stays the same.`,
      };
}

const ROLE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '管理员', en: 'an admin' },
  agent: { 'zh-CN': '客服', en: 'an agent' },
  moderator: { 'zh-CN': '社区版主', en: 'a moderator' },
};

export function invitationMail(
  locale: string | null | undefined,
  workspace: string,
  inviter: string,
  roleKey: string,
  link: string,
): MailText {
  const lang = pick(locale);
  const role = ROLE_NAMES[roleKey]?.[lang] ?? roleKey;
  return lang === 'zh-CN'
    ? {
        subject: `${inviter}邀请您加入${workspace}的管理后台`,
        text: `您好！\n\n${inviter}邀请您以「${role}」身份加入${workspace}。\n请在 7 天内点击以下链接接受邀请：\n${link}`,
      }
    : {
        subject: `${inviter} invited you to ${workspace}`,
        text: `Hello,\n\n${inviter} invited you to join ${workspace} as ${role}.\nAccept within 7 days:\n${link}`,
      };
}

export function signInLinkMail(locale: string | null | undefined, workspace: string, link: string): MailText {
  return pick(locale) === 'zh-CN'
    ? {
        subject: `登录${workspace}`,
        text: `您好！\n\n请点击以下链接登录（15 分钟内有效，只能使用一次）：\n${link}\n\n如果不是您本人操作，请忽略本邮件，您的账户不受影响。`,
      }
    : {
        subject: `Sign in to ${workspace}`,
        text: `Hello,\n\nSign in with this link (it works once, for 15 minutes):\n${link}\n\nIf you did not ask for it, ignore this message; your account stays as it is.`,
      };
}

/** To an address that asked for a reset or sign-in link but has no account here. */
export function noAccountMail(locale: string | null | undefined, workspace: string, signUpLink: string): MailText {
  return pick(locale) === 'zh-CN'
    ? {
        subject: `${workspace}：此邮箱尚未注册`,
        text: `您好！\n\n有人用此邮箱地址在${workspace}申请了登录或重置密码的链接，但此地址还没有账户。\n如需注册，请访问：\n${signUpLink}\n\n如果不是您本人操作，请忽略本邮件。`,
      }
    : {
        subject: `${workspace}: no account for this address`,
        text: `Hello,\n\nSomeone asked ${workspace} for a sign-in or password reset link for this address, but it has no account there.\nTo create one, go to:\n${signUpLink}\n\nIf this was not you, ignore this message.`,
      };
}

/** To an address that signed up again: the account exists, so offer a way in instead. */
export function accountExistsMail(
  locale: string | null | undefined,
  workspace: string,
  signInLink: string,
  resetLink: string,
): MailText {
  return pick(locale) === 'zh-CN'
    ? {
        subject: `您已有${workspace}的账户`,
        text: `您好！\n\n有人用此邮箱地址在${workspace}注册，但您已经有账户了，无需再次注册。\n\n直接登录（15 分钟内有效，只能使用一次）：\n${signInLink}\n\n忘记密码？在这里重置：\n${resetLink}\n\n如果不是您本人操作，请忽略本邮件，您的账户不受影响。`,
      }
    : {
        subject: `You already have an account at ${workspace}`,
        text: `Hello,\n\nSomeone tried to sign up at ${workspace} with this address, but you already have an account, so there is nothing to create.\n\nSign in directly (the link works once, for 15 minutes):\n${signInLink}\n\nForgot your password? Reset it here:\n${resetLink}\n\nIf this was not you, ignore this message; your account stays as it is.`,
      };
}
