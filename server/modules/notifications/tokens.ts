import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { invalidUnsubscribeToken } from './errors.js';

/** The workspace's signing key for unsubscribe links, made on first use. */
export async function signingKey(db: Kysely<Database>, workspaceId: string): Promise<string> {
  await db
    .insertInto('notification_keys')
    .values({ workspace_id: workspaceId, secret: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
  const row = await db
    .selectFrom('notification_keys')
    .select('secret')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return row.secret;
}

const mac = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url');

/**
 * An unsubscribe token: `<workspace>.<user>.<category>.<hmac>`. It carries its workspace so the
 * key lookup leads with it, and it never expires: a link in a year-old email must still work
 * (RFC 8058 one-click unsubscribe).
 */
export function signUnsubscribe(secret: string, workspaceId: string, userId: string, category: string): string {
  const body = `${workspaceId}.${userId}.${category}`;
  return `${body}.${mac(secret, body)}`;
}

export interface UnsubscribeClaim {
  workspaceId: string;
  userId: string;
  category: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function verifyUnsubscribe(db: Kysely<Database>, token: string): Promise<UnsubscribeClaim> {
  const parts = token.split('.');
  if (parts.length !== 4) throw invalidUnsubscribeToken();
  const [workspaceId, userId, category, signature] = parts as [string, string, string, string];
  if (!UUID.test(workspaceId) || !UUID.test(userId)) throw invalidUnsubscribeToken();
  const key = await db
    .selectFrom('notification_keys')
    .select('secret')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (!key) throw invalidUnsubscribeToken();
  const expected = Buffer.from(mac(key.secret, `${workspaceId}.${userId}.${category}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw invalidUnsubscribeToken();
  return { workspaceId, userId, category };
}
