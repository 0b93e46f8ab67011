import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { decodeCursor, toPage, type PageQuery } from '../../platform/http/pagination.js';
import { findPerson, workspaceProfile } from '../identity/index.js';
import { emailCategories, renderNotification, toLocale, type NotificationLocale } from './kinds.js';

/** The language a person reads: their own, else their workspace's default. */
export async function localeOf(db: Db, workspaceId: string, userId: string): Promise<NotificationLocale> {
  const person = await findPerson(db, workspaceId, userId);
  if (!person) return toLocale(undefined);
  return toLocale(person.locale ?? (await workspaceProfile(db, workspaceId)).defaultLocale);
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
    db
      .selectFrom('notifications')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  const result = toPage(
    rows,
    page.limit,
    (r) => [r.id],
    (r) => {
      const text = renderNotification(r.kind, r.params, locale);
      return {
        id: r.id,
        kind: r.kind,
        category: text.category,
        title: text.title,
        body: text.body,
        link: r.link,
        read: r.read_at !== null,
        createdAt: r.created_at.toISOString(),
      };
    },
  );
  return { ...result, unreadCount: unread.n };
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
  const chosen = new Map(rows.map((r) => [r.category, r.email]));
  return {
    categories: emailCategories().map((c) => ({
      key: c.key,
      label: c.labels[locale],
      email: chosen.get(c.key) ?? true,
    })),
  };
}
