// A command in one transaction: PATCH /api/v1/me {displayName} as a signed-in staff member.
// Requests go round-robin over many signed-in people, so concurrent writes update different rows
// (the bench measures throughput, not a queue on one row lock).
import { v7 } from 'uuid';

export const name = 'command-write';
export const description = 'PATCH /api/v1/me {displayName}, session cookie; update + event in one transaction';

const nextName = (writer, n) => `${writer.displayName} ${n % 100}`;

export function requests(ctx) {
  let n = 0;
  return [
    {
      method: 'PATCH',
      path: '/api/v1/me',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'cocreate' },
      setupRequest(request) {
        const writer = ctx.writers[n++ % ctx.writers.length];
        return {
          ...request,
          headers: { ...request.headers, cookie: writer.cookie },
          body: JSON.stringify({ displayName: nextName(writer, n) }),
        };
      },
    },
  ];
}

// identity/authenticate.ts: the session and its user.
const SESSION =
  'select "s"."user_id", "s"."last_seen_at", "u"."role" from "sessions" as "s" inner join "users" as "u" on "u"."workspace_id" = "s"."workspace_id" and "u"."id" = "s"."user_id" where "s"."workspace_id" = $1 and "s"."token_hash" = $2 and "s"."expires_at" > now() and "u"."status" = $3';
// identity/commands/update-profile.ts and platform/events/record.ts, in one transaction.
const UPDATE =
  'update "users" set "display_name" = $1, "updated_at" = now() where "workspace_id" = $2 and "id" = $3 returning *';
const EVENT =
  'insert into "platform_events" ("event_id", "name", "version", "workspace_id", "actor_id", "customer_id", "touchpoint", "payload") values ($1, $2, $3, $4, $5, $6, $7, $8) returning *';
// identity/queries.ts getMe: the route answers with the person and their workspace.
const ME = 'select * from "users" where "workspace_id" = $1 and "id" = $2';
const WORKSPACE = 'select * from "workspaces" where "id" = $1';

let n = 0;
export async function dbBaseline(pool, ctx) {
  const writer = ctx.writers[n++ % ctx.writers.length];
  const ws = ctx.workspaceId;
  const session = await pool.query(SESSION, [ws, writer.tokenHash, 'active']);
  if (session.rowCount !== 1) throw new Error('command-write: the session was not found');
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(UPDATE, [nextName(writer, n), ws, writer.userId]);
    const payload = JSON.stringify({ userId: writer.userId, fields: ['displayName'] });
    await client.query(EVENT, [v7(), 'identity.profile.updated', 1, ws, writer.userId, null, null, payload]);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
  await pool.query(ME, [ws, writer.userId]);
  await pool.query(WORKSPACE, [ws]);
}
