import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import { decodeCursor, toPage, type PageQuery } from '../../platform/http/pagination.js';
import { findPerson, workspaceProfile } from '../identity/index.js';
import { isEmailCategory, toLocale, type NotificationLocale } from './kinds.js';
import { presentNotification, presentPreferences, presentUnsubscribe } from './presenters.js';

/** The language a person reads: their own, else their workspace's default. */
export async function localeOf(db: Db, workspaceId: string, userId: string): Promise<NotificationLocale> {
  const person = await findPerson(db, workspaceId, userId);
  if (!person) return toLocale(undefined);
  return toLocale(person.locale ?? (await workspaceProfile(db, workspaceId)).defaultLocale);
}

/** Unread notifications of one person (the badge). */
export async function unreadCount(db: Tx | Db, workspaceId: string, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** A person's notifications, newest first, rendered in their language, with the unread count. */
export async function listNotifications(
  db: Db,
  workspaceId: string,
  userId: string,
  page: PageQuery & { unread?: boolean },
) {
  const after = decodeCursor(page.cursor, 1);
  let q = db
    .selectFrom('notifications')
    .select(['id', 'kind', 'params', 'link', 'read_at', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId);
  if (after) q = q.where('id', '<', String(after[0]));
  if (page.unread) q = q.where('read_at', 'is', null);
  const [rows, locale, unread] = await Promise.all([
    q
      .orderBy('id', 'desc')
      .limit(page.limit + 1)
      .execute(),
    localeOf(db, workspaceId, userId),
    unreadCount(db, workspaceId, userId),
  ]);
  const result = toPage(
    rows,
    page.limit,
    (r) => [r.id],
    (r) => presentNotification(r, locale),
  );
  return { ...result, unreadCount: unread };
}

/** Every registered email category with the person's choice (on unless turned off). */
export async function listPreferences(db: Db, workspaceId: string, userId: string) {
  const [rows, locale] = await Promise.all([
    db
      .selectFrom('notification_preferences')
      .select(['category', 'email'])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute(),
    localeOf(db, workspaceId, userId),
  ]);
  return presentPreferences(new Map(rows.map((r) => [r.category, r.email])), locale);
}

/** What an unsubscribe link is about and whether its emails are on now, in the person's language. */
export async function unsubscribePreview(db: Db, workspaceId: string, userId: string, category: string) {
  const [choice, locale] = await Promise.all([
    db
      .selectFrom('notification_preferences')
      .select('email')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('category', '=', category)
      .executeTakeFirst(),
    localeOf(db, workspaceId, userId),
  ]);
  // A category no module registers any more has no choice to show: its emails are not sent.
  return presentUnsubscribe(category, isEmailCategory(category) ? (choice?.email ?? true) : true, locale);
}
