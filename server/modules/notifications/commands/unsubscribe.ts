import type { Db } from '../../../platform/db/index.js';
import { verifyUnsubscribe, type UnsubscribeClaim } from '../tokens.js';
import { setEmailPreferences } from './set-email-preferences.js';

/**
 * The signed link in an email turns that category's email off, without signing in. Returns the
 * claim with the choice now stored (always off), so the caller need not read it back.
 */
export async function unsubscribe(db: Db, token: string): Promise<UnsubscribeClaim & { email: boolean }> {
  const claim = await verifyUnsubscribe(db, token);
  await setEmailPreferences(db, claim.workspaceId, claim.userId, { [claim.category]: false }, 'unsubscribe_link');
  return { ...claim, email: false };
}
