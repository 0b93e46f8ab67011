import type { Migration } from 'kysely';
import * as platform from './0001-platform.js';
import * as identity from './0002-identity.js';
import * as files from './0003-files.js';
import * as notifications from './0004-notifications.js';
import * as ideas from './0005-ideas.js';
import * as surveys from './0006-surveys.js';
import * as cases from './0007-cases.js';
import * as identityLinks from './0008-identity-links.js';
import * as notificationsByEvent from './0009-notifications-by-event.js';
import * as eventBroadcast from './0010-event-broadcast.js';
import * as idempotencyKeys from './0011-idempotency-keys.js';

/** Every migration, applied in name order. Add new ones at the end; never edit an applied one. */
export const migrations: Record<string, Migration> = {
  '0001-platform': platform,
  '0002-identity': identity,
  '0003-files': files,
  '0004-notifications': notifications,
  '0005-ideas': ideas,
  '0006-surveys': surveys,
  '0007-cases': cases,
  '0008-identity-links': identityLinks,
  '0009-notifications-by-event': notificationsByEvent,
  '0010-event-broadcast': eventBroadcast,
  '0011-idempotency-keys': idempotencyKeys,
};
