import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';

const scope = new AsyncLocalStorage<'request'>();

/**
 * SQL statements sent to the database by this process since it started (BEGIN and COMMIT count:
 * each is a round trip), split by whether an HTTP request was being served or background work
 * (event delivery, jobs) ran. /metrics reports them; the bench divides them by requests.
 */
export const statementCounts = { request: 0, background: 0 };

const counted = Symbol('statements counted');

function countClient(client: pg.PoolClient & { [counted]?: true }): void {
  if (client[counted]) return;
  client[counted] = true;
  const send = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    statementCounts[scope.getStore() ?? 'background']++;
    return send(...args);
  };
}

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, release: unknown) => void;

/** Counts every statement sent through the pool's connections, whenever they were made. */
export function countStatements(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<pg.PoolClient> | undefined;
  // pg's own pool.query() uses the callback form.
  (pool as { connect: unknown }).connect = (cb?: ConnectCallback) => {
    if (cb) {
      return connect((err, client, release) => {
        if (client) countClient(client);
        cb(err, client, release);
      });
    }
    return connect()!.then((client) => {
      countClient(client);
      return client;
    });
  };
}

/** Runs `next` (and everything it starts) as part of serving a request. */
export function inRequestScope(next: () => void): void {
  scope.run('request', next);
}

/** Runs `fn` (and everything it starts) as background work, even when a request started it. */
export function outsideRequestScope<T>(fn: () => T): T {
  return scope.exit(fn);
}
