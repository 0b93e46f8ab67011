import { z } from 'zod';
import { invalid } from '../errors.js';

/** Query parameters of every list route. */
export const PageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional().describe("Opaque cursor from the previous page's nextCursor"),
});
export type PageQuery = z.infer<typeof PageQuerySchema>;

/** The envelope of every list response. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** Encodes the sort key of the last item of a page into an opaque cursor. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor; a tampered cursor is a validation error. */
export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === arity &&
      key.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      return key as (string | number)[];
    }
  } catch {
    /* fall through */
  }
  throw invalid('query.cursor', 'is not a cursor this list gave out');
}

/**
 * Cuts a page out of rows fetched with limit + 1 and builds the next cursor from the last row.
 */
export function toPage<R, I>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => readonly (string | number)[],
  present: (row: R) => I,
): { items: I[]; nextCursor: string | null } {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows[pageRows.length - 1];
  return {
    items: pageRows.map(present),
    nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
