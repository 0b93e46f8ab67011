// A board's trending page, anonymous: GET /api/v1/ideas?board=<slug>&sort=trending&limit=20.
// Target (issue 4): p99 under 25 ms at 50 connections on PostgreSQL.
import { seedIdeas } from '../ideas-seed.mjs';

export const name = 'ideas-trending';
// Target (issue 11): a list read costs ≤ 3 statements.
export const targets = { sqlPerRequest: 3 };
export const description = 'GET /api/v1/ideas?board=…&sort=trending&limit=20, anonymous; 1,000 boards / 100,000 ideas';
export const seed = seedIdeas;

const slugOf = (n) => `board-${1 + (n % 1000)}`;

export function requests() {
  let n = 0;
  return [
    {
      method: 'GET',
      path: '/api/v1/ideas?board=board-1&sort=trending&limit=20',
      setupRequest: (request) => ({
        ...request,
        path: `/api/v1/ideas?board=${slugOf(n++ * 7)}&sort=trending&limit=20`,
      }),
    },
  ];
}

// ideas/viewer.ts boardFor, ideas/queries.ts listIdeas (ideaRows), ideas/statuses.ts loadStatuses.
const BOARD = 'select * from "idea_boards" where "workspace_id" = $1 and "slug" = $2';
const PAGE =
  'select "i".*, "a"."display_name" as "author_name", "v"."importance" as "my_importance" from "ideas" as "i" left join "users" as "a" on "a"."workspace_id" = "i"."workspace_id" and "a"."id" = "i"."author_id" left join "idea_votes" as "v" on "v"."workspace_id" = "i"."workspace_id" and "v"."idea_id" = "i"."id" and "v"."user_id" = $1 where "i"."workspace_id" = $2 and "i"."moderation" = $3 and "i"."merged_into" is null and "i"."board_id" = $4 order by "i"."trending_score" desc, "i"."id" desc limit $5';
const STATUSES = 'select "key", "stage", "names" from "idea_statuses" where "workspace_id" = $1 order by "position"';

let n = 0;
export async function dbBaseline(pool, ctx) {
  const ws = ctx.workspaceId;
  const board = await pool.query(BOARD, [ws, slugOf(n++ * 7)]);
  if (board.rowCount !== 1) throw new Error('ideas-trending: board not found');
  const [page] = await Promise.all([
    pool.query(PAGE, ['00000000-0000-0000-0000-000000000000', ws, 'visible', board.rows[0].id, 21]),
    pool.query(STATUSES, [ws]),
  ]);
  if (page.rowCount !== 21) throw new Error(`ideas-trending: ${page.rowCount} ideas instead of 21`);
}
