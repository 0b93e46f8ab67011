// An idea's page, anonymous: GET /api/v1/ideas/:id over 100,000 ideas, the first 2,000 of the
// walk repeating, as visitors arriving from a shared link would.
// Target (issue 11): served from memory at ≥ 0.5× of the HTTP limit.
import { seedIdeas } from '../ideas-seed.mjs';
import { ideaPageOf } from '../lib/ideas-reads.mjs';

export const name = 'ideas-page';
export const targets = { ofHttpLimit: 0.5, sqlPerRequest: 3 };
export const hotRead = true;
export const description = 'GET /api/v1/ideas/:id, anonymous; 2,000 of 100,000 ideas in turn';
export const seed = seedIdeas;

const idOf = (ideas, n) => ideas.ideaIds[(n * 7919) % Math.min(2000, ideas.ideaIds.length)];

export function requests(ctx) {
  let n = 0;
  return [
    {
      method: 'GET',
      path: `/api/v1/ideas/${idOf(ctx.ideas, 0)}`,
      setupRequest: (request) => ({ ...request, path: `/api/v1/ideas/${idOf(ctx.ideas, n++)}` }),
    },
  ];
}

let n = 0;
export async function dbBaseline(pool, ctx) {
  await ideaPageOf(pool, ctx.workspaceId, idOf(ctx.ideas, n++));
}
