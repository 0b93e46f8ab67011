// The public roadmap, anonymous: GET /api/v1/ideas/roadmap over 1,000 boards.
// Target (issue 11): served from memory at ≥ 0.5× of the HTTP limit.
import { seedIdeas } from '../ideas-seed.mjs';
import { roadmap } from '../lib/ideas-reads.mjs';

export const name = 'ideas-roadmap';
export const targets = { ofHttpLimit: 0.5, sqlPerRequest: 3 };
export const hotRead = true;
export const description = 'GET /api/v1/ideas/roadmap, anonymous; 1,000 boards / 100,000 ideas';
export const seed = seedIdeas;

export const requests = () => [{ method: 'GET', path: '/api/v1/ideas/roadmap' }];

export async function dbBaseline(pool, ctx) {
  await roadmap(pool, ctx.workspaceId);
}
