import { TZDate } from '@date-fns/tz';
import type { Tx } from '../../platform/db/index.js';
import { queueMail } from '../../platform/mail/index.js';
import { listPeople, workspaceClock, workspaceProfile } from '../identity/index.js';

type Locale = 'zh-CN' | 'en';
const localeOf = (l: string | null | undefined, fallback: string): Locale =>
  (l ?? fallback) === 'en' ? 'en' : 'zh-CN';

/** A time as the customer reads it: in the workspace's zone, with the zone named. */
export function localTime(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone,
    timeZoneName: 'short',
  }).format(new TZDate(at, timeZone));
}

interface Recipient {
  email: string | null;
  locale: string | null;
}
interface WorkspaceInfo {
  name: string;
  default_locale: string;
  time_zone: string;
}

export async function workspaceInfo(tx: Tx, workspaceId: string): Promise<WorkspaceInfo> {
  const [profile, clock] = await Promise.all([workspaceProfile(tx, workspaceId), workspaceClock(tx, workspaceId)]);
  return { name: profile.name, default_locale: profile.defaultLocale, time_zone: clock.timeZone };
}

/** The acknowledgement (ISO 10002 8.2): the case number and when the customer will hear back. */
export async function mailAcknowledgement(
  tx: Tx,
  workspaceId: string,
  to: Recipient,
  ws: WorkspaceInfo,
  c: { number: string; subject: string; firstResponseDueAt: Date | null },
  link: string,
) {
  if (!to.email) return;
  const locale = localeOf(to.locale, ws.default_locale);
  const when = c.firstResponseDueAt ? localTime(c.firstResponseDueAt, ws.time_zone, locale) : '';
  const text =
    locale === 'en'
      ? `We have received your case ${c.number} ("${c.subject}").\n\nAn agent will reply by ${when}. You can follow it and add details here:\n${link}\n\n${ws.name}`
      : `我们已收到您的服务单 ${c.number}（“${c.subject}”）。\n\n客服将在 ${when} 前回复您。您可以在这里查看进度、补充信息：\n${link}\n\n${ws.name}`;
  await queueMail(tx, {
    to: to.email,
    subject: locale === 'en' ? `Case ${c.number} received` : `服务单 ${c.number} 已受理`,
    text,
    workspaceId,
  });
}

/** Tells the customer something changed on their case (a reply, an offer, the resolution). */
export async function mailCustomerUpdate(
  tx: Tx,
  workspaceId: string,
  to: Recipient,
  ws: WorkspaceInfo,
  number: string,
  what: { en: string; zh: string },
  link: string,
) {
  if (!to.email) return;
  const locale = localeOf(to.locale, ws.default_locale);
  const text = locale === 'en' ? `${what.en}\n\n${link}\n\n${ws.name}` : `${what.zh}\n\n${link}\n\n${ws.name}`;
  await queueMail(tx, {
    to: to.email,
    subject: locale === 'en' ? `Update on case ${number}` : `服务单 ${number} 有新进展`,
    text,
    workspaceId,
  });
}

/** Mails the workspace's supervisors (owners and admins). */
export async function alertSupervisors(
  tx: Tx,
  workspaceId: string,
  subject: { en: string; zh: string },
  body: { en: string; zh: string },
) {
  const supervisors = (await listPeople(tx, workspaceId, { roles: ['owner', 'admin'], activeOnly: true })).filter(
    (s) => s.email !== null,
  );
  const ws = await workspaceInfo(tx, workspaceId);
  for (const s of supervisors) {
    const en = localeOf(s.locale, ws.default_locale) === 'en';
    await queueMail(tx, {
      to: s.email!,
      subject: en ? subject.en : subject.zh,
      text: en ? body.en : body.zh,
      workspaceId,
    });
  }
}
