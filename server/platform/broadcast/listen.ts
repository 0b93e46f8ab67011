import pg from 'pg';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/index.js';
import { ANNOUNCEMENT_CHANNEL, deliverLocally, type Announcement } from './announcements.js';

const RECONNECT_MS = 1000;

/**
 * Keeps one connection listening for other processes' announcements and hands them to this
 * process's listeners. While it is not connected, announcements may be missed, so every
 * (re)connection first announces a reset. PGlite serves one process only: nothing to listen to.
 */
export function listenForAnnouncements(database: DatabaseHandle, logger: Pick<Logger, 'warn'>): () => Promise<void> {
  if (database.kind === 'pglite') return async () => {};
  let client: pg.Client | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const connect = async () => {
    const c = new pg.Client(database.pool.options);
    client = c;
    c.on('notification', (message) => {
      if (message.channel !== ANNOUNCEMENT_CHANNEL || !message.payload) return;
      try {
        deliverLocally(JSON.parse(message.payload) as Announcement);
      } catch {
        deliverLocally({ topic: 'reset', workspaceId: null });
      }
    });
    const retry = (err?: unknown) => {
      if (stopped || client !== c) return;
      client = undefined;
      if (err) logger.warn({ err }, 'announcement listener lost its connection; reconnecting');
      c.end().catch(() => {});
      deliverLocally({ topic: 'reset', workspaceId: null });
      timer = setTimeout(() => void connect(), RECONNECT_MS);
    };
    c.on('error', retry);
    c.on('end', () => retry());
    try {
      await c.connect();
      await c.query(`listen ${ANNOUNCEMENT_CHANNEL}`);
      if (stopped) await c.end();
      else deliverLocally({ topic: 'reset', workspaceId: null });
    } catch (err) {
      retry(err);
    }
  };
  void connect();

  return async () => {
    stopped = true;
    clearTimeout(timer);
    const c = client;
    client = undefined;
    await c?.end().catch(() => {});
  };
}
