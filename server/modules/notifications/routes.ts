import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../identity/index.js';
import { markAllRead } from './commands/mark-all-read.js';
import { markRead } from './commands/mark-read.js';
import { setEmailPreferences } from './commands/set-email-preferences.js';
import { unsubscribe } from './commands/unsubscribe.js';
import { presentUnsubscribe } from './presenters.js';
import { listNotifications, listPreferences, localeOf, unreadCount, unsubscribePreview } from './queries.js';
import {
  IdParams,
  MarkedSchema,
  NotificationListQuerySchema,
  NotificationPageSchema,
  PreferencesSchema,
  PreferencesUpdateSchema,
  UnreadCountSchema,
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
        querystring: NotificationListQuerySchema,
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
      schema: { tags, summary: 'How many of my notifications are unread', response: { 200: UnreadCountSchema } },
    },
    async (request) => {
      const me = requireUser(request.actor);
      return { unreadCount: await unreadCount(db, me.workspaceId, me.userId) };
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
      schema: { tags, summary: 'Mark all my notifications read', response: { 200: MarkedSchema } },
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
      // Every category is shown, not only the ones changed, so this is a read either way.
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
      return unsubscribePreview(db, claim.workspaceId, claim.userId, claim.category);
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
      const done = await unsubscribe(db, request.body.token);
      return presentUnsubscribe(done.category, done.email, await localeOf(db, done.workspaceId, done.userId));
    },
  );
};
