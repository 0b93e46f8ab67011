import { sql } from 'kysely';
import type { Db } from '../../platform/db/index.js';
import { withTransaction } from '../../platform/db/index.js';
import { record } from '../../platform/events/index.js';
import { invalid, notFound } from '../../platform/errors.js';
import { isEmailCategory } from './kinds.js';
import { verifyUnsubscribe } from './tokens.js';

/** Marks one of the person's notifications read (idempotent). */
export async function markRead(db: Db, workspaceId: string, userId: string, id: string): Promise<void> {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`coalesce(read_at, now())` })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (res.numUpdatedRows === 0n) throw notFound('The notification');
}

export async function markAllRead(db: Db, workspaceId: string, userId: string): Promise<number> {
  const res = await db
    .updateTable('notifications')
    .set({ read_at: sql<Date>`now()` })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows);
}

/** Sets email on/off per category for one person. */
export async function setEmailPreferences(
  db: Db,
  workspaceId: string,
  userId: string,
  choices: Record<string, boolean>,
  via: 'settings' | 'unsubscribe_link',
): Promise<void> {
  const entries = Object.entries(choices);
  for (const [key] of entries)
    if (!isEmailCategory(key)) throw invalid(`body.email.${key}`, 'is not a notification category');
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

/** The signed link in an email turns that category's email off, without signing in. */
export async function unsubscribe(db: Db, token: string) {
  const claim = await verifyUnsubscribe(db, token);
  await setEmailPreferences(db, claim.workspaceId, claim.userId, { [claim.category]: false }, 'unsubscribe_link');
  return claim;
}
