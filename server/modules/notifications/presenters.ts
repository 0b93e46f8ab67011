import type { Selectable } from 'kysely';
import { emailCategories, isEmailCategory, renderNotification, type NotificationLocale } from './kinds.js';
import type { NotificationsTable } from './tables.js';

export type NotificationRow = Pick<
  Selectable<NotificationsTable>,
  'id' | 'kind' | 'params' | 'link' | 'read_at' | 'created_at'
>;

/** One notification rendered in the reader's language. */
export function presentNotification(r: NotificationRow, locale: NotificationLocale) {
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
}

/** Every registered email category with the person's choice (on unless turned off). */
export function presentPreferences(chosen: ReadonlyMap<string, boolean>, locale: NotificationLocale) {
  return {
    categories: emailCategories().map((c) => ({
      key: c.key,
      label: c.labels[locale],
      email: chosen.get(c.key) ?? true,
    })),
  };
}

/** What an unsubscribe link is about; a category no longer registered is named by its key. */
export function presentUnsubscribe(category: string, email: boolean, locale: NotificationLocale) {
  const label = isEmailCategory(category)
    ? emailCategories().find((c) => c.key === category)!.labels[locale]
    : category;
  return { category, label, email };
}
