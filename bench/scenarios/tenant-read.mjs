// A tenant's paged read with an API key: GET /api/v1/members?limit=20.
export const name = 'tenant-read';
export const description = 'GET /api/v1/members?limit=20, API key (read scope)';

export const requests = (ctx) => [
  { method: 'GET', path: '/api/v1/members?limit=20', headers: { authorization: `Bearer ${ctx.apiKey}` } },
];

// identity/authenticate.ts: the API key lookup.
const KEY =
  'select "id", "scopes", "last_used_at" from "api_keys" where "workspace_id" = $1 and "key_hash" = $2 and "revoked_at" is null';
// identity/queries.ts listMembers: one page plus one row to know whether there is a next page.
const PAGE =
  'select * from "users" where "workspace_id" = $1 and "role" <> $2 and "status" = $3 order by "display_name", "id" limit $4';

export async function dbBaseline(pool, ctx) {
  const key = await pool.query(KEY, [ctx.workspaceId, ctx.apiKeyHash]);
  if (key.rowCount !== 1) throw new Error('tenant-read: the API key was not found');
  const page = await pool.query(PAGE, [ctx.workspaceId, 'customer', 'active', 21]);
  if (page.rowCount !== 21) throw new Error(`tenant-read: ${page.rowCount} members instead of 21`);
}
