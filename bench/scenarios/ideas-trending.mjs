// A board's trending page, anonymous: GET /api/v1/ideas?board=<slug>&sort=trending&limit=20.
// Target (issue 4): p99 under 25 ms at 50 connections on PostgreSQL.
import { seedIdeas } from '../ideas-seed.mjs';
import { boardList } from '../lib/ideas-reads.mjs';

export const name = 'ideas-trending';
// Targets (issue 11): served from memory at ≥ 0.5× of the HTTP limit; ≤ 3 statements uncached.
export const targets = { ofHttpLimit: 0.5, sqlPerRequest: 3 };
export const hotRead = true;
export const description = 'GET /api/v1/ideas?board=…&sort=trending&limit=20, anonymous; 1,000 boards / 100,000 ideas';
export const seed = seedIdeas;

// Visitors crowd the busiest boards: the walk repeats over 50 of the 1,000.
const slugOf = (n) => `board-${1 + (n % 50)}`;

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

let n = 0;
export async function dbBaseline(pool, ctx) {
  const page = await boardList(pool, ctx.workspaceId, slugOf(n++ * 7), 'trending');
  if (page.items.length !== 20) throw new Error(`ideas-trending: ${page.items.length} ideas instead of 20`);
}
