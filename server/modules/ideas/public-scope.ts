import type { Kysely } from 'kysely';
import type { HotReadCache } from '../../platform/cache/hot-read-cache.js';
import type { Database } from '../../platform/db/index.js';
import { requireWorkspace, type Actor } from '../identity/index.js';
import { boardNotFound } from './errors.js';
import { IDEAS_ACCESS_AREA, IDEAS_AREA } from './hot-read-areas.js';
import { cachedSetup, type BoardSetup, type IdeasSetup } from './setup.js';
import { isBoardId, mayView, viewerOf, type Viewer } from './viewer.js';

/**
 * What a public read of ideas shows a customer or a visitor: the boards they may see, the
 * workspace's statuses, and the audience — the part of the cache key that says who else gets the
 * same answer (everyone who sees the same boards; nobody's own vote or follow is in it).
 */
export interface PublicScope {
  workspaceId: string;
  setup: IdeasSetup;
  boardIds: string[];
  audience: string;
  /** The ideas area's stamp before the boards were read: a body is kept only if no drop came since. */
  since: number;
}

/** What private boards ask of a customer: the boards they are a member of, and their segment. */
interface CustomerAccess {
  memberOf: string[];
  segment: unknown;
}

/**
 * A customer's board memberships and segment (all the board rules read of them), from memory:
 * board changes and identifying the customer again (which updates their attributes) drop them
 * (see hot-read-areas.ts).
 */
async function customerAccess(cache: HotReadCache, db: Kysely<Database>, actor: Extract<Actor, { kind: 'user' }>) {
  const { workspaceId, userId } = actor;
  const { value } = await cache.read<CustomerAccess>(
    workspaceId,
    IDEAS_ACCESS_AREA,
    userId,
    async () => {
      const full = await viewerOf(db, actor);
      return { memberOf: [...full.memberOf], segment: full.attributes.segment ?? null };
    },
    (a) => 100 + 80 * a.memberOf.length,
  );
  const viewer: Viewer = {
    workspaceId,
    userId,
    staff: false,
    attributes: { segment: value.segment },
    memberOf: new Set(value.memberOf),
  };
  return (b: BoardSetup) => mayView(viewer, { id: b.id, visibility: b.visibility, access_segments: b.accessSegments });
}

/**
 * The scope of a public read by a visitor or customer (never staff: they see hidden things and
 * read uncached). Costs nothing once the workspace's boards and statuses, and (where private
 * boards exist) a signed-in customer's memberships and segment, are in memory.
 */
export async function publicScope(
  cache: HotReadCache,
  db: Kysely<Database>,
  actor: Actor,
  board?: string,
): Promise<PublicScope> {
  const workspaceId = requireWorkspace(actor);
  // Whatever drops the boards or a customer's access drops the ideas area too (hot-read-areas.ts).
  const since = cache.stamp(workspaceId, IDEAS_AREA);
  const setup = await cachedSetup(cache, db, workspaceId);
  const open = setup.boards.filter((b) => !b.archived);
  const restricted = open.filter((b) => b.visibility !== 'public');
  const sees =
    actor.kind === 'user' && restricted.length > 0
      ? await customerAccess(cache, db, actor)
      : (b: BoardSetup) => b.visibility === 'public';
  if (board !== undefined) {
    const found = open.find((b) => (isBoardId(board) ? b.id === board.toLowerCase() : b.slug === board));
    if (!found || !sees(found)) throw boardNotFound();
    return { workspaceId, setup, boardIds: [found.id], audience: `board:${found.id}`, since };
  }
  const boardIds = open.filter(sees).map((b) => b.id);
  const privateIds = restricted.filter(sees).map((b) => b.id);
  const audience = privateIds.length ? `boards:${privateIds.join(',')}` : 'public';
  return { workspaceId, setup, boardIds, audience, since };
}
