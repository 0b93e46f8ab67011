import type { ColumnType } from 'kysely';

type Now = ColumnType<Date, Date | string | undefined, Date | string>;

export interface NotificationsTable {
  workspace_id: string;
  id: string;
  user_id: string;
  kind: string;
  params: ColumnType<Record<string, unknown>, string | undefined, string>;
  link: string | null;
  /** The event a subscriber told people about (one notification per person and event), if any. */
  event_id: ColumnType<string | null, string | null | undefined, string | null>;
  read_at: Date | null;
  created_at: Now;
}

export interface NotificationPreferencesTable {
  workspace_id: string;
  user_id: string;
  category: string;
  email: boolean;
  updated_at: Now;
}

export interface NotificationKeysTable {
  workspace_id: string;
  secret: string;
  created_at: Now;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    notifications: NotificationsTable;
    notification_preferences: NotificationPreferencesTable;
    notification_keys: NotificationKeysTable;
  }
}
