import { announce, onAnnouncement } from '../platform/broadcast/index.js';
import { withTransaction, type DatabaseHandle } from '../platform/db/index.js';
import { newId } from '../platform/ids.js';

/**
 * Resolves once this process hears its own announcements back over PostgreSQL, i.e. its
 * listener is connected (and the `reset` a connection starts with is behind us). PGlite has no
 * listener: nothing to wait for.
 */
export async function announcementsConnected(database: DatabaseHandle): Promise<void> {
  if (database.kind === 'pglite') return;
  const key = newId();
  let heard = 0;
  const off = onAnnouncement((a) => {
    if (a.topic === 'test.ping' && a.key === key) heard++;
  });
  try {
    // Each ping is heard once locally; hearing more than was sent means one came over the connection.
    for (let sent = 1; sent <= 100; sent++) {
      await withTransaction(database.db, (tx) => announce(tx, { topic: 'test.ping', workspaceId: null, key }));
      await new Promise((r) => setTimeout(r, 50));
      if (heard > sent) return;
    }
    throw new Error('announcements never came back over PostgreSQL');
  } finally {
    off();
  }
}
