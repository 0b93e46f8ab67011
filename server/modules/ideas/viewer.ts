import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { can, findPerson, requireWorkspace, type Actor } from '../identity/index.js';
import { boardNotFound } from './errors.js';
import { TRIAGE } from './permissions.js';
import type { IdeaBoardsTable } from './tables.js';

/** Who is looking at ideas, with what the board rules need to know about them. */
export interface Viewer {
  workspaceId: string;
  userId: string | null;
  /** Staff (and API keys with read scope) see every board and hidden ideas. */
  staff: boolean;
  attributes: Record<string, unknown>;
  memberOf: Set<string>;
}

export type BoardRow = Selectable<IdeaBoardsTable>;

/** Staff (and API keys with read scope) see every board, hidden ideas and comments, and RICE. */
export const seesAsStaff = (actor: Actor): boolean => actor.kind !== 'anonymous' && can(actor, TRIAGE);

export async function viewerOf(db: Kysely<Database>, actor: Actor): Promise<Viewer> {
  const workspaceId = requireWorkspace(actor);
  const staff = seesAsStaff(actor);
  if (actor.kind !== 'user') return { workspaceId, userId: null, staff, attributes: {}, memberOf: new Set() };
  const [user, memberships] = await Promise.all([
    findPerson(db, workspaceId, actor.userId),
    db
      .selectFrom('idea_board_members')
      .select('board_id')
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', actor.userId)
      .execute(),
  ]);
  return {
    workspaceId,
    userId: actor.userId,
    staff,
    attributes: user?.attributes ?? {},
    memberOf: new Set(memberships.map((m) => m.board_id)),
  };
}

/** Public boards are for everyone; private ones for staff, listed members and listed segments. */
export function mayView(viewer: Viewer, board: Pick<BoardRow, 'id' | 'visibility' | 'access_segments'>): boolean {
  if (board.visibility === 'public' || viewer.staff) return true;
  if (viewer.memberOf.has(board.id)) return true;
  const segment = viewer.attributes.segment;
  return segment !== undefined && segment !== null && board.access_segments.includes(String(segment));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a board reference (`?board=`, `/idea-boards/:id`) is an id rather than a slug. */
export const isBoardId = (idOrSlug: string): boolean => UUID.test(idOrSlug);

/** A board by id or slug the viewer may see; 404 otherwise (a private board's existence stays private). */
export async function boardFor(db: Kysely<Database>, viewer: Viewer, idOrSlug: string): Promise<BoardRow> {
  const board = await db
    .selectFrom('idea_boards')
    .selectAll()
    .where('workspace_id', '=', viewer.workspaceId)
    .where(isBoardId(idOrSlug) ? 'id' : 'slug', '=', idOrSlug)
    .executeTakeFirst();
  if (!board || !mayView(viewer, board) || (board.archived_at && !viewer.staff)) throw boardNotFound();
  return board;
}

/** Ids of the boards the viewer may see (roadmap, changelog, search across boards). */
export async function visibleBoardIds(db: Kysely<Database>, viewer: Viewer): Promise<string[]> {
  const boards = await db
    .selectFrom('idea_boards')
    .select(['id', 'visibility', 'access_segments', 'archived_at'])
    .where('workspace_id', '=', viewer.workspaceId)
    .execute();
  return boards.filter((b) => !b.archived_at && mayView(viewer, b)).map((b) => b.id);
}
