import { z } from 'zod';
import { PageQuerySchema } from '../../platform/http/pagination.js';

export const NotificationSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  category: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.string(),
});

export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});

export const PreferencesSchema = z.object({
  categories: z.array(z.object({ key: z.string(), label: z.string(), email: z.boolean() })),
});

export const PreferencesUpdateSchema = z.object({
  email: z.record(z.string().max(60), z.boolean()).describe('category key -> whether to receive its emails'),
});

export const UnsubscribeQuerySchema = z.object({ token: z.string().min(20).max(300) });
export const UnsubscribePreviewSchema = z.object({ category: z.string(), label: z.string(), email: z.boolean() });
export const IdParams = z.object({ id: z.uuid() });

export const NotificationListQuerySchema = PageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() });
export const UnreadCountSchema = z.object({ unreadCount: z.number().int() });
export const MarkedSchema = z.object({ marked: z.number().int() });
