// Similar ideas while typing a title: GET /api/v1/ideas/similar?board=<slug>&title=…, anonymous.
// Target (issue 4): p95 under 20 ms.
import { normalise, searchTerms } from '../../dist/server/platform/text/index.js';
import { seedIdeas, TYPED_TITLES } from '../ideas-seed.mjs';

export const name = 'ideas-similar';
export const description =
  'GET /api/v1/ideas/similar?board=…&title=… (Chinese and English), anonymous; pg_trgm + any-term full text';
export const seed = seedIdeas;

const at = (n) => ({ slug: `board-${1 + ((n * 13) % 1000)}`, title: TYPED_TITLES[n % TYPED_TITLES.length] });

export function requests() {
  let n = 0;
  return [
    {
      method: 'GET',
      path: '/api/v1/ideas/similar?title=x',
      setupRequest: (request) => {
        const { slug, title } = at(n++);
        return { ...request, path: `/api/v1/ideas/similar?board=${slug}&title=${encodeURIComponent(title)}` };
      },
    },
  ];
}

// ideas/viewer.ts boardFor, then ideas/similar.ts.
const BOARD = 'select * from "idea_boards" where "workspace_id" = $1 and "slug" = $2';
const SIMILAR =
  'select "id", "title", "status", "vote_count", similarity(title_norm, $1) as "trgm" from "ideas" where "workspace_id" = $2 and "board_id" in ($3) and "moderation" = $4 and "merged_into" is null and (title_norm % $5 or to_tsvector(\'simple\', search_tokens) @@ to_tsquery(\'simple\', $6)) order by similarity(title_norm, $7) + ts_rank(to_tsvector(\'simple\', search_tokens), to_tsquery(\'simple\', $8)) desc limit $9';

const anyTerm = (title) =>
  searchTerms(title)
    .map((t) => `'${t.replace(/'/g, "''")}'`)
    .join(' | ');

let n = 0;
export async function dbBaseline(pool, ctx) {
  const { slug, title } = at(n++);
  const board = await pool.query(BOARD, [ctx.workspaceId, slug]);
  if (board.rowCount !== 1) throw new Error('ideas-similar: board not found');
  const norm = normalise(title);
  const q = anyTerm(title);
  await pool.query(SIMILAR, [norm, ctx.workspaceId, board.rows[0].id, 'visible', norm, q, norm, q, 20]);
}
