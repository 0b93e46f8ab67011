import type { Tx } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';
import { queueMail } from '../../../platform/mail/index.js';
import { findPeople, workspaceProfile } from '../../identity/index.js';
import { notificationKind, renderNotification, toLocale } from '../kinds.js';
import { signingKey, signUnsubscribe } from '../tokens.js';

export interface NotifyInput {
  workspaceId: string;
  /** Who to tell; duplicates and unknown or disabled people are skipped. */
  userIds: readonly string[];
  /** A registered kind (see registerNotificationKind). */
  kind: string;
  /** Values the kind's templates use (keep them small: they are stored with each notification). */
  params: Record<string, unknown>;
  /** Path inside the app the notification opens, e.g. `/ideas/0190…`. */
  link?: string | null;
  /** The public address links in emails start with (the caller's config.publicUrl). */
  baseUrl: string;
  /** Someone who should not be told about their own act (the actor). */
  exceptUserId?: string | null;
  /**
   * The event this tells people about, when a subscriber notifies: events are delivered at least
   * once, and telling the same person about the same event again does nothing (no second
   * notification, no second email).
   */
  eventId?: string | null;
}

const UNSUBSCRIBE_TEXT = {
  'zh-CN': (url: string) => `不想再收到这类邮件？退订：${url}`,
  en: (url: string) => `Don't want these emails? Unsubscribe: ${url}`,
};
const OPEN_TEXT = { 'zh-CN': '查看：', en: 'Open: ' };

/**
 * Tells people about something, in the caller's transaction: one in-app notification each
 * (set-based insert) and, unless they turned the kind's email category off, an email in their
 * own language (users.locale, else the workspace's default) with a signed unsubscribe link.
 * Returns how many people were notified (none already told about `eventId` count).
 */
export async function notify(tx: Tx, input: NotifyInput): Promise<number> {
  const kind = notificationKind(input.kind);
  if (!kind) throw new Error(`Unknown notification kind ${input.kind}`);
  const ids = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  if (ids.length === 0) return 0;
  const recipients = await findPeople(tx, input.workspaceId, { ids, activeOnly: true });
  if (recipients.length === 0) return 0;
  const params = JSON.stringify(input.params);
  const eventId = input.eventId ?? null;
  const inserted = await tx
    .insertInto('notifications')
    .values(
      recipients.map((r) => ({
        workspace_id: input.workspaceId,
        id: newId(),
        user_id: r.id,
        kind: input.kind,
        params,
        link: input.link ?? null,
        event_id: eventId,
      })),
    )
    // Only the (workspace, event, person) index can conflict: ids are fresh.
    .onConflict((oc) => oc.doNothing())
    .returning('user_id')
    .execute();
  const told = new Set(inserted.map((r) => r.user_id));
  const declined = await emailDeclined(tx, input.workspaceId, [...told], kind.category);
  const mailable = recipients.filter((r) => told.has(r.id) && r.email && !declined.has(r.id));
  if (mailable.length > 0) {
    const [secret, workspace] = await Promise.all([
      signingKey(tx, input.workspaceId),
      workspaceProfile(tx, input.workspaceId),
    ]);
    const base = input.baseUrl.replace(/\/$/, '');
    for (const r of mailable) {
      const locale = toLocale(r.locale ?? workspace.defaultLocale);
      const text = renderNotification(input.kind, input.params, locale);
      const unsubscribeUrl = `${base}/notifications/unsubscribe?token=${signUnsubscribe(secret, input.workspaceId, r.id, kind.category)}`;
      const lines = [
        text.body,
        input.link ? `${OPEN_TEXT[locale]}${base}${input.link}` : '',
        '',
        '—',
        UNSUBSCRIBE_TEXT[locale](unsubscribeUrl),
      ];
      await queueMail(tx, {
        to: r.email!,
        subject: text.title,
        text: lines.filter((l, i) => l !== '' || i === 2).join('\n'),
        workspaceId: input.workspaceId,
        headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
    }
  }
  return told.size;
}

/** Those of the people who turned off email for the category (no choice means on). */
async function emailDeclined(tx: Tx, workspaceId: string, userIds: string[], category: string): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom('notification_preferences')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', 'in', userIds)
    .where('category', '=', category)
    .where('email', '=', false)
    .execute();
  return new Set(rows.map((r) => r.user_id));
}
