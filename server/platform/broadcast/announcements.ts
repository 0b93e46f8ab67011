import { EventEmitter } from 'node:events';
import { sql } from 'kysely';
import { afterCommit, type Tx } from '../db/transaction.js';

/**
 * A change every Cocreate process must hear about, e.g. to drop what it cached: a recorded event
 * (`topic: 'event'`, with the event's name and, when small, its payload), a session that ended, a
 * role that changed. `topic: 'reset'` means announcements may have been missed: drop everything.
 */
export interface Announcement {
  topic: string;
  workspaceId: string | null;
  name?: string;
  key?: string;
  payload?: unknown;
}

export const ANNOUNCEMENT_CHANNEL = 'cocreate';

const local = new EventEmitter();
local.setMaxListeners(100);

/** Calls `listener` for every announcement that reaches this process, from itself or another one. */
export function onAnnouncement(listener: (a: Announcement) => void): () => void {
  local.on('announcement', listener);
  return () => local.off('announcement', listener);
}

/** Hands an announcement to this process's listeners (the cross-process listener calls it too). */
export function deliverLocally(announcement: Announcement): void {
  local.emit('announcement', announcement);
}

/**
 * Announces a change to every process once `tx` commits (NOTIFY is transactional), and to this
 * process at once after commit. Recorded events need no call: a trigger announces them.
 */
export async function announce(tx: Tx, announcement: Announcement): Promise<void> {
  await sql`select pg_notify(${ANNOUNCEMENT_CHANNEL}, ${JSON.stringify(announcement)})`.execute(tx);
  afterCommit(tx, () => deliverLocally(announcement));
}
