/** The two languages Cocreate speaks; every template has both. */
export type NotificationLocale = 'zh-CN' | 'en';

export interface RenderedNotification {
  /** One line: the in-app list item and the email subject. */
  title: string;
  /** A few sentences for the email body and the in-app detail. */
  body: string;
}

export interface NotificationKind<P = Record<string, unknown>> {
  /** Stable key stored with each notification, e.g. `ideas.status_changed`. */
  kind: string;
  /** The email category people can turn off, e.g. `ideas`. */
  category: string;
  templates: Record<NotificationLocale, (params: P) => RenderedNotification>;
}

export interface EmailCategory {
  key: string;
  labels: Record<NotificationLocale, string>;
}

const kinds = new Map<string, NotificationKind>();
const categories = new Map<string, EmailCategory>();

/**
 * Registers a kind of notification with its zh-CN and en templates. Modules call it at import
 * time (from their index.ts) so the kinds exist before any request or job runs.
 */
export function registerNotificationKind<P>(kind: NotificationKind<P>): void {
  if (kinds.has(kind.kind)) throw new Error(`Notification kind ${kind.kind} is registered twice`);
  if (!categories.has(kind.category))
    throw new Error(`Register email category ${kind.category} before kind ${kind.kind}`);
  kinds.set(kind.kind, kind as unknown as NotificationKind);
}

/** Registers an email category (the unit of email preferences and of unsubscribe links). */
export function registerEmailCategory(category: EmailCategory): void {
  if (categories.has(category.key)) return;
  categories.set(category.key, category);
}

export const emailCategories = (): EmailCategory[] => [...categories.values()];
export const isEmailCategory = (key: string): boolean => categories.has(key);

export function notificationKind(kind: string): NotificationKind | undefined {
  return kinds.get(kind);
}

/** zh, zh-Hans, zh-CN… read Chinese; anything else English. */
export function toLocale(locale: string | null | undefined): NotificationLocale {
  return locale && locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The text of one notification in one language; a kind no longer registered degrades to its name. */
export function renderNotification(
  kind: string,
  params: Record<string, unknown>,
  locale: NotificationLocale,
): RenderedNotification & { category: string | null } {
  const k = kinds.get(kind);
  if (!k) return { title: kind, body: '', category: null };
  return { ...k.templates[locale](params), category: k.category };
}
