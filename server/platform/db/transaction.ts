import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.js';

export type Tx = Transaction<Database>;

type AfterCommit = () => void;
const afterCommitHooks = new WeakMap<object, AfterCommit[]>();

/**
 * Runs `work` in one transaction. Work done through `afterCommit(tx, fn)` runs only once the
 * transaction has committed (e.g. waking the event dispatcher), never after a rollback.
 */
export async function withTransaction<T>(db: Kysely<Database>, work: (tx: Tx) => Promise<T>): Promise<T> {
  let hooks: AfterCommit[] = [];
  const result = await db.transaction().execute(async (tx) => {
    afterCommitHooks.set(tx, hooks);
    return work(tx);
  });
  const toRun = hooks;
  hooks = [];
  for (const hook of toRun) hook();
  return result;
}

/** Schedules `fn` to run after the transaction commits. Outside withTransaction it runs at once. */
export function afterCommit(tx: Kysely<Database>, fn: AfterCommit): void {
  const hooks = afterCommitHooks.get(tx);
  if (hooks) {
    if (!hooks.includes(fn)) hooks.push(fn);
  } else {
    queueMicrotask(fn);
  }
}
