import { sql } from 'kysely';
import type { Db } from '../../../platform/db/index.js';
import { withTransaction } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { unknownEmailCategory } from '../errors.js';
import { isEmailCategory } from '../kinds.js';

/** Sets email on/off per category for one person. */
export async function setEmailPreferences(
  db: Db,
  workspaceId: string,
  userId: string,
  choices: Record<string, boolean>,
  via: 'settings' | 'unsubscribe_link',
): Promise<void> {
  const entries = Object.entries(choices);
  for (const [key] of entries) if (!isEmailCategory(key)) throw unknownEmailCategory(key);
  if (entries.length === 0) return;
  await withTransaction(db, async (tx) => {
    await tx
      .insertInto('notification_preferences')
      .values(entries.map(([category, email]) => ({ workspace_id: workspaceId, user_id: userId, category, email })))
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'user_id', 'category'])
          .doUpdateSet({ email: sql<boolean>`excluded.email`, updated_at: sql<Date>`now()` }),
      )
      .execute();
    await record(tx, {
      name: 'notifications.preferences.changed',
      workspaceId,
      actorId: userId,
      customerId: userId,
      touchpoint: via === 'unsubscribe_link' ? 'email' : null,
      payload: { email: choices, via },
    });
  });
}
