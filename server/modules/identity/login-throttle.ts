import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import { signInLocked } from './errors.js';

/** Failures from one address allowed before it must wait. */
export const FREE_FAILURES = 5;
const FIRST_LOCK_MINUTES = 1;
const MAX_LOCK_MINUTES = 60;
/** A day without failures starts the count afresh. */
const FORGET_AFTER_HOURS = 24;

/** Where password guesses are counted: one account as seen from one client address. */
export interface Attempt {
  workspaceId: string;
  email: string;
  client: string | null;
}

const clientOf = (attempt: Attempt) => attempt.client ?? 'unknown';

/**
 * Refuses a password check while this address is locked out of this account. Only the
 * address that guessed waits: the owner signing in from elsewhere is not locked out, and a
 * mailed sign-in link always works.
 */
export async function assertNotLocked(db: Db | Tx, attempt: Attempt): Promise<void> {
  const row = await db
    .selectFrom('login_failures')
    .select('locked_until')
    .where('workspace_id', '=', attempt.workspaceId)
    .where('email', '=', attempt.email)
    .where('client', '=', clientOf(attempt))
    .executeTakeFirst();
  if (row?.locked_until && row.locked_until > new Date()) {
    throw signInLocked(row.locked_until);
  }
}

/**
 * Counts a wrong password. From the fifth on, the address waits 1 minute, then 2, 4, 8...
 * up to an hour (exponential backoff), counted whether or not the account exists so the
 * lock says nothing about who has one.
 */
export async function recordFailure(db: Db | Tx, attempt: Attempt): Promise<void> {
  const stale = sql<boolean>`login_failures.updated_at < now() - make_interval(hours => ${FORGET_AFTER_HOURS})`;
  const next = sql<number>`case when ${stale} then 1 else login_failures.failures + 1 end`;
  await db
    .insertInto('login_failures')
    .values({ workspace_id: attempt.workspaceId, email: attempt.email, client: clientOf(attempt), failures: 1 })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'email', 'client']).doUpdateSet({
        failures: next,
        locked_until: sql<Date>`case when ${next} >= ${FREE_FAILURES}
        then now() + make_interval(mins => least(${FIRST_LOCK_MINUTES} * power(2, least(${next} - ${FREE_FAILURES}, 10))::int, ${MAX_LOCK_MINUTES}))
        else null end`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .execute();
}

/** Forgets this address's failures after it got the password right. */
export async function clearFailures(db: Db | Tx, attempt: Attempt): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('workspace_id', '=', attempt.workspaceId)
    .where('email', '=', attempt.email)
    .where('client', '=', clientOf(attempt))
    .execute();
}

/** Forgets every address's failures for an account whose owner proved their email (reset, sign-in link). */
export async function clearAllFailures(db: Db | Tx, workspaceId: string, email: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where('workspace_id', '=', workspaceId)
    .where('email', '=', email.toLowerCase())
    .execute();
}

/**
 * Checks a password against an account under the lockout rules: refused while locked, a wrong
 * answer counted, a right one clears this address's count. Returns whether it was right.
 */
export async function checkPasswordThrottled(
  db: Db,
  attempt: Attempt,
  check: () => Promise<boolean>,
): Promise<boolean> {
  await assertNotLocked(db, attempt);
  const ok = await check();
  if (ok) await clearFailures(db, attempt);
  else await recordFailure(db, attempt);
  return ok;
}
