import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

const scope = new AsyncLocalStorage<'request'>();

/**
 * SQL statements sent to the database by this process since it started (BEGIN and COMMIT count:
 * each is a round trip), split by whether an HTTP request was being served or background work
 * (event delivery, jobs) ran. /metrics reports them; the bench divides them by requests.
 */
export const statementCounts = { request: 0, background: 0 };

/** Counts every statement the pool's connections send. */
export function countStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const send = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      statementCounts[scope.getStore() ?? 'background']++;
      return send(...args);
    };
  });
}

/** Runs `next` (and everything it starts) as part of serving a request. */
export function inRequestScope(next: () => void): void {
  scope.run('request', next);
}
