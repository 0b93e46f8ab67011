// The public idea reads exactly as the server issues them when nothing is cached: the compiled
// query functions of the ideas module on a Kysely over the bench's pool (no copied SQL to drift).
import { Kysely, PostgresDialect } from 'kysely';
/* eslint-disable cocreate/module-boundaries -- the bench times the module's own queries, not its API */
import { HotReadCache } from '../../dist/server/platform/cache/hot-read-cache.js';
import { readSetup } from '../../dist/server/modules/ideas/setup.js';
import { publicIdea } from '../../dist/server/modules/ideas/public-idea.js';
import { ideaPage, roadmapOf } from '../../dist/server/modules/ideas/queries.js';

const dbs = new WeakMap();
const kysely = (pool) => {
  if (!dbs.has(pool)) dbs.set(pool, new Kysely({ dialect: new PostgresDialect({ pool }) }));
  return dbs.get(pool);
};
// A cache that keeps nothing: every read goes to the database, as with HOT_READ_CACHE_MB=0.
const noCache = new HotReadCache({ maxBytes: 0, ttlMs: 1000 });

const shared = (ws, setup, boardIds) => ({ workspaceId: ws, userId: null, boardIds, statuses: setup.statuses });

export async function boardList(pool, ws, slug, sort) {
  const db = kysely(pool);
  const setup = await readSetup(db, ws);
  const board = setup.boards.find((b) => b.slug === slug);
  if (!board) throw new Error(`board ${slug} not found`);
  return ideaPage(db, shared(ws, setup, [board.id]), { board: slug, sort, limit: 20 });
}

export async function roadmap(pool, ws) {
  const db = kysely(pool);
  const setup = await readSetup(db, ws);
  return roadmapOf(
    db,
    shared(
      ws,
      setup,
      setup.boards.filter((b) => b.visibility === 'public' && !b.archived).map((b) => b.id),
    ),
  );
}

export async function ideaPageOf(pool, ws, id) {
  const db = kysely(pool);
  const setup = await readSetup(db, ws);
  const idea = await publicIdea(noCache, db, ws, setup, id);
  if (!idea) throw new Error(`idea ${id} is not public`);
  return idea;
}
