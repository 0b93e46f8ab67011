import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuerySchema } from '../../platform/http/pagination.js';
import { requireUser } from '../identity/index.js';
import { markAllRead, markRead, setEmailPreferences, unsubscribe } from './commands.js';
import { emailCategories, isEmailCategory } from './kinds.js';
import { listNotifications, listPreferences, localeOf } from './queries.js';
import {
  IdParams,
  NotificationPageSchema,
  PreferencesSchema,
  PreferencesUpdateSchema,
  UnsubscribePreviewSchema,
  UnsubscribeQuerySchema,
} from './schemas.js';
import { verifyUnsubscribe } from './tokens.js';

const tags = ['Notifications'];
const signedIn = { access: 'signed_in' } as const;

export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.platform.db;

  app.get(
    '/notifications',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'My notifications, newest first, with the unread count',
        querystring: PageQuerySchema.extend({ unread: z.enum(['true', 'false']).optional() }),
        response: { 200: NotificationPageSchema },
      },
    },
    async (request) => {
      const me = requireUser(request.actor);
      return listNotifications(db, me.workspaceId, me.userId, {
        ...request.query,
        unread: request.query.unread === 'true',
      });
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'How many of my notifications are unread',
        response: { 200: z.object({ unreadCount: z.number().int() }) },
      },
    },
    async (request) => {
      const me = requireUser(request.actor);
      const page = await listNotifications(db, me.workspaceId, me.userId, { limit: 1, unread: true });
      return { unreadCount: page.unreadCount };
    },
  );

  app.post(
    '/notifications/:id/read',
    {
      config: signedIn,
      schema: { tags, summary: 'Mark one notification read', params: IdParams, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const me = requireUser(request.actor);
      await markRead(db, me.workspaceId, me.userId, request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/notifications/read-all',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Mark all my notifications read',
        response: { 200: z.object({ marked: z.number().int() }) },
      },
    },
    async (request) => {
      const me = requireUser(request.actor);
      return { marked: await markAllRead(db, me.workspaceId, me.userId) };
    },
  );

  app.get(
    '/notifications/preferences',
    {
      config: signedIn,
      schema: { tags, summary: 'My email preferences per category', response: { 200: PreferencesSchema } },
    },
    async (request) => {
      const me = requireUser(request.actor);
      return listPreferences(db, me.workspaceId, me.userId);
    },
  );

  app.put(
    '/notifications/preferences',
    {
      config: signedIn,
      schema: {
        tags,
        summary: 'Turn emails of a category on or off',
        body: PreferencesUpdateSchema,
        response: { 200: PreferencesSchema },
      },
    },
    async (request) => {
      const me = requireUser(request.actor);
      await setEmailPreferences(db, me.workspaceId, me.userId, request.body.email, 'settings');
      return listPreferences(db, me.workspaceId, me.userId);
    },
  );

  app.get(
    '/notifications/unsubscribe',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an unsubscribe link is for (no sign-in needed)',
        querystring: UnsubscribeQuerySchema,
        response: { 200: UnsubscribePreviewSchema },
      },
    },
    async (request) => {
      const claim = await verifyUnsubscribe(db, request.query.token);
      return preview(claim.workspaceId, claim.userId, claim.category);
    },
  );

  app.post(
    '/notifications/unsubscribe',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Stop the emails of the category an unsubscribe link names (no sign-in needed)',
        body: UnsubscribeQuerySchema,
        response: { 200: UnsubscribePreviewSchema },
      },
    },
    async (request) => {
      const claim = await unsubscribe(db, request.body.token);
      return preview(claim.workspaceId, claim.userId, claim.category);
    },
  );

  async function preview(workspaceId: string, userId: string, category: string) {
    const prefs = await listPreferences(db, workspaceId, userId);
    const found = prefs.categories.find((c) => c.key === category);
    const locale = await localeOf(db, workspaceId, userId);
    const label =
      found?.label ??
      (isEmailCategory(category) ? emailCategories().find((c) => c.key === category)!.labels[locale] : category);
    return { category, label, email: found?.email ?? true };
  }
};
