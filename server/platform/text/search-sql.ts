import { sql, type RawBuilder } from 'kysely';
import { normalise } from './normalise.js';
import { searchTerms } from './tokenise.js';

/**
 * The tsquery text for a user's query: every search term quoted, joined with AND; null when the
 * query has no searchable terms (only stop words or punctuation). Inside single quotes the
 * tsquery parser treats `& | ! ( ) : * <->` as ordinary characters, so escaping the quote and
 * the backslash is all it takes to keep user input from changing the query's structure.
 * The result is passed to Postgres as a parameter, never spliced into SQL.
 *
 * @example buildTsQuery('安静模式') // "'安静' & '模式'"
 */
export function buildTsQuery(query: string): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms.map((term) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

/**
 * `to_tsvector('simple', <column>) @@ to_tsquery('simple', <query>)` for a column filled with
 * {@link searchTokens}. Written exactly as the GIN index expression
 * `to_tsvector('simple', search_tokens)` so the planner can use the index. A query without
 * searchable terms matches nothing rather than everything: an empty search box should not
 * list the whole table as "results".
 *
 * @param column a column reference such as 'search_tokens' or 'ideas.search_tokens'
 */
export function matchesSearch(column: string, query: string): RawBuilder<boolean> {
  const tsquery = buildTsQuery(query);
  if (tsquery === null) return sql<boolean>`false`;
  return sql<boolean>`to_tsvector('simple', ${sql.ref(column)}) @@ to_tsquery('simple', ${tsquery})`;
}

/**
 * `ts_rank(to_tsvector('simple', <column>), to_tsquery('simple', <query>))`, for ordering the
 * rows {@link matchesSearch} found (higher is better); 0 for a query without searchable terms.
 */
export function searchRank(column: string, query: string): RawBuilder<number> {
  const tsquery = buildTsQuery(query);
  if (tsquery === null) return sql<number>`0::real`;
  return sql<number>`ts_rank(to_tsvector('simple', ${sql.ref(column)}), to_tsquery('simple', ${tsquery}))`;
}

/**
 * pg_trgm's `similarity(<column>, <normalised text>)`, 0..1, for fuzzy matching such as
 * duplicate detection. The text is normalised so full-width input compares like half-width;
 * the column should hold normalised text (or be compared knowing it does not). Chinese
 * trigrams need a UTF-8 LC_CTYPE, which the platform checks at start.
 */
export function trigramSimilarity(column: string, text: string): RawBuilder<number> {
  return sql<number>`similarity(${sql.ref(column)}, ${normalise(text)})`;
}
