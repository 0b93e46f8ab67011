import pg from 'pg';

/**
 * Every Cocreate process using the embedded server holds one connection under this name for as
 * long as it runs. The server counts them (pg_stat_activity) to tell whether a process leaving
 * is the last one, and the kernel closes the connection of a process that is killed, so a
 * crashed process is never counted.
 */
export const PRESENCE_NAME = 'cocreate-presence';

export async function connectPresence(config: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client({ ...config, application_name: PRESENCE_NAME });
  client.on('error', () => {
    /* the server went away; leaving finds out and has nothing left to stop */
  });
  await client.connect();
  return client;
}

/** How many other Cocreate processes hold a presence connection to the server. */
async function othersPresent(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()`,
    [PRESENCE_NAME],
  );
  return rows[0]?.n ?? 0;
}

/**
 * How many other Cocreate processes use the server, asked on this process's presence connection or,
 * when that fails, on a new one. When the server cannot be asked although it runs (out of
 * connections, say), the answer is "some": leaving it running is safe, and the next start deals
 * with an orphan, whereas stopping it could cut off the others.
 */
export async function countOthers(
  presence: pg.Client | undefined,
  connection: pg.ClientConfig,
  serverRuns: () => boolean,
): Promise<number> {
  if (presence) {
    try {
      return await othersPresent(presence);
    } catch {
      /* ask on a new connection */
    }
  }
  const client = new pg.Client({ ...connection, application_name: 'cocreate-stop', connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity where application_name = $1`,
      [PRESENCE_NAME],
    );
    // Our own presence, if it is still there, is not another process.
    return Math.max(0, (rows[0]?.n ?? 0) - (presence ? 1 : 0));
  } catch {
    return serverRuns() ? 1 : 0;
  } finally {
    await client.end().catch(() => {});
  }
}
