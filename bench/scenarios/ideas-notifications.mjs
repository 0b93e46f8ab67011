// A customer's notification list: GET /api/v1/notifications?limit=20, session cookie.
// 200,000 notifications over 2,000 customers. Target (issue 4): p99 under 25 ms.
import { seedIdeas } from '../ideas-seed.mjs';

export const name = 'ideas-notifications';
export const description =
  "GET /api/v1/notifications?limit=20, a customer's session; rendered in their language with the unread count";
export const seed = seedIdeas;

export function requests(ctx) {
  let n = 0;
  return [
    {
      method: 'GET',
      path: '/api/v1/notifications?limit=20',
      setupRequest: (request) => ({
        ...request,
        headers: { ...request.headers, cookie: ctx.ideas.sessions[n++ % ctx.ideas.sessions.length].cookie },
      }),
    },
  ];
}

const SESSION =
  'select "s"."user_id", "s"."last_seen_at", "u"."role" from "sessions" as "s" inner join "users" as "u" on "u"."workspace_id" = "s"."workspace_id" and "u"."id" = "s"."user_id" where "s"."workspace_id" = $1 and "s"."token_hash" = $2 and "s"."expires_at" > now() and "u"."status" = $3';
// notifications/queries.ts listNotifications and localeOf.
const PAGE =
  'select "id", "kind", "params", "link", "read_at", "created_at" from "notifications" where "workspace_id" = $1 and "user_id" = $2 order by "id" desc limit $3';
const LOCALE =
  'select "u"."locale", "w"."default_locale" from "users" as "u" inner join "workspaces" as "w" on "w"."id" = "u"."workspace_id" where "u"."workspace_id" = $1 and "u"."id" = $2';
const UNREAD =
  'select count(*)::int as "n" from "notifications" where "workspace_id" = $1 and "user_id" = $2 and "read_at" is null';

let n = 0;
export async function dbBaseline(pool, ctx) {
  const ws = ctx.workspaceId;
  const s = ctx.ideas.sessions[n++ % ctx.ideas.sessions.length];
  const session = await pool.query(SESSION, [ws, s.tokenHash, 'active']);
  if (session.rowCount !== 1) throw new Error('ideas-notifications: the session was not found');
  const [page] = await Promise.all([
    pool.query(PAGE, [ws, s.userId, 21]),
    pool.query(LOCALE, [ws, s.userId]),
    pool.query(UNREAD, [ws, s.userId]),
  ]);
  if (page.rowCount !== 21) throw new Error(`ideas-notifications: ${page.rowCount} rows instead of 21`);
}
