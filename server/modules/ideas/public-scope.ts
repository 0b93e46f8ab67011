import type { Kysely } from 'kysely';
import type { HotReadCache } from '../../platform/cache/hot-read-cache.js';
import type { Database } from '../../platform/db/index.js';
import { findPerson, requireWorkspace, type Actor } from '../identity/index.js';
import { boardNotFound } from './errors.js';
import { cachedSetup, type BoardSetup, type IdeasSetup } from './setup.js';
import { mayView, type Viewer } from './viewer.js';

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
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A customer's board memberships (and segment, if a board admits by segment), for private boards. */
async function customerViewer(db: Kysely<Database>, workspaceId: string, userId: string, segments: boolean) {
  const [memberships, person] = await Promise.all([
    db
      .selectFrom('idea_board_members')
      .select('board_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .execute(),
    segments ? findPerson(db, workspaceId, userId) : undefined,
  ]);
  const viewer: Viewer = {
    workspaceId,
    userId,
    staff: false,
    attributes: person?.attributes ?? {},
    memberOf: new Set(memberships.map((m) => m.board_id)),
  };
  return (b: BoardSetup) => mayView(viewer, { id: b.id, visibility: b.visibility, access_segments: b.accessSegments });
}

/**
 * The scope of a public read by a visitor or customer (never staff: they see hidden things and
 * read uncached). Costs nothing when the workspace has no private board (its setup is cached);
 * a signed-in customer where private boards exist costs their memberships (and segment).
 */
export async function publicScope(
  cache: HotReadCache,
  db: Kysely<Database>,
  actor: Actor,
  board?: string,
): Promise<PublicScope> {
  const workspaceId = requireWorkspace(actor);
  const setup = await cachedSetup(cache, db, workspaceId);
  const open = setup.boards.filter((b) => !b.archived);
  const restricted = open.filter((b) => b.visibility !== 'public');
  const sees =
    actor.kind === 'user' && restricted.length > 0
      ? await customerViewer(
          db,
          workspaceId,
          actor.userId,
          restricted.some((b) => b.accessSegments.length > 0),
        )
      : (b: BoardSetup) => b.visibility === 'public';
  if (board !== undefined) {
    const found = open.find((b) => (UUID.test(board) ? b.id === board.toLowerCase() : b.slug === board));
    if (!found || !sees(found)) throw boardNotFound();
    return { workspaceId, setup, boardIds: [found.id], audience: `board:${found.id}` };
  }
  const boardIds = open.filter(sees).map((b) => b.id);
  const privateIds = restricted.filter(sees).map((b) => b.id);
  return { workspaceId, setup, boardIds, audience: privateIds.length ? `boards:${privateIds.join(',')}` : 'public' };
}
