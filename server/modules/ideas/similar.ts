import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { normalise, searchTerms, similarity } from '../../platform/text/index.js';
import { boardFor, visibleBoardIds, type Viewer } from './viewer.js';

/** Any-term tsquery: a reworded duplicate shares some terms, rarely all of them. */
function anyTermQuery(title: string): string | null {
  const terms = searchTerms(title);
  if (terms.length === 0) return null;
  return terms.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' | ');
}

/**
 * Ideas that look like the title being typed, best first. The database pre-filters with two
 * indexed tests — pg_trgm on the normalised title (catches typos and word order) and any shared
 * search term, Chinese bigrams included (catches rewording) — and ranks by both; the few
 * candidates are re-scored in memory with the term-set similarity, and weak matches dropped.
 */
export async function similarIdeas(
  db: Kysely<Database>,
  viewer: Viewer,
  input: { board?: string | undefined; title: string },
) {
  const title = input.title.trim();
  if (Array.from(title).length < 2) return { items: [] };
  const boardIds = input.board ? [(await boardFor(db, viewer, input.board)).id] : await visibleBoardIds(db, viewer);
  if (boardIds.length === 0) return { items: [] };
  const norm = normalise(title);
  const tsquery = anyTermQuery(title);
  const matchTerms =
    tsquery === null
      ? sql<boolean>`false`
      : sql<boolean>`to_tsvector('simple', search_tokens) @@ to_tsquery('simple', ${tsquery})`;
  const rankTerms =
    tsquery === null
      ? sql<number>`0`
      : sql<number>`ts_rank(to_tsvector('simple', search_tokens), to_tsquery('simple', ${tsquery}))`;
  const rows = await db
    .selectFrom('ideas')
    .select(['id', 'title', 'status', 'vote_count'])
    .select(sql<number>`similarity(title_norm, ${norm})`.as('trgm'))
    .where('workspace_id', '=', viewer.workspaceId)
    .where('board_id', 'in', boardIds)
    .where('moderation', '=', 'visible')
    .where('merged_into', 'is', null)
    .where((eb) => eb.or([sql<boolean>`title_norm % ${norm}`, matchTerms]))
    .orderBy(sql`similarity(title_norm, ${norm}) + ${rankTerms}`, 'desc')
    .limit(20)
    .execute();
  const scored = rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      status: r.status,
      voteCount: r.vote_count,
      score: Math.round(Math.max(Number(r.trgm), similarity(title, r.title)) * 1000) / 1000,
    }))
    .filter((r) => r.score >= 0.15)
    .sort((a, b) => b.score - a.score || b.voteCount - a.voteCount)
    .slice(0, 5);
  return { items: scored };
}
