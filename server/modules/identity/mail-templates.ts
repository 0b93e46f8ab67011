type Locale = 'zh-CN' | 'en';

export interface MailText {
  subject: string;
  text: string;
}

const pick = (locale: string | null | undefined): Locale => (locale?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');

export function verifyEmailMail(locale: string | null | undefined, workspace: string, link: string): MailText {
  return pick(locale) === 'zh-CN'
    ? { subject: `请验证您在${workspace}的邮箱`, text: `您好！\n\n请点击以下链接验证邮箱（48 小时内有效）：\n${link}\n\n如果不是您本人操作，请忽略本邮件。` }
    : { subject: `Verify your email for ${workspace}`, text: `Hello,\n\nPlease verify your email address (the link works for 48 hours):\n${link}\n\nIf you did not sign up, ignore this message.` };
}

export function resetPasswordMail(locale: string | null | undefined, workspace: string, link: string): MailText {
  return pick(locale) === 'zh-CN'
    ? { subject: `重置您在${workspace}的密码`, text: `您好！\n\n请点击以下链接设置新密码（1 小时内有效）：\n${link}\n\n如果您没有申请重置密码，请忽略本邮件，您的密码不会改变。` }
    : { subject: `Reset your password for ${workspace}`, text: `Hello,\n\nSet a new password with this link (it works for one hour):\n${link}\n\nIf you did not ask for this, ignore this message; your password stays the same.` };
}

const ROLE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  admin: { 'zh-CN': '管理员', en: 'an admin' },
  agent: { 'zh-CN': '客服', en: 'an agent' },
  moderator: { 'zh-CN': '社区版主', en: 'a moderator' },
};

export function invitationMail(locale: string | null | undefined, workspace: string, inviter: string, roleKey: string, link: string): MailText {
  const lang = pick(locale);
  const role = ROLE_NAMES[roleKey]?.[lang] ?? roleKey;
  return lang === 'zh-CN'
    ? { subject: `${inviter}邀请您加入${workspace}的管理后台`, text: `您好！\n\n${inviter}邀请您以「${role}」身份加入${workspace}。\n请在 7 天内点击以下链接接受邀请：\n${link}` }
    : { subject: `${inviter} invited you to ${workspace}`, text: `Hello,\n\n${inviter} invited you to join ${workspace} as ${role}.\nAccept within 7 days:\n${link}` };
}
