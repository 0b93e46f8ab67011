import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import { decodeCursor, toPage } from '../../platform/http/pagination.js';
import { matchesSearch } from '../../platform/text/index.js';
import { listAttachedFiles } from '../files/index.js';
import { countActiveCustomers, findPerson } from '../identity/index.js';
import { ideaNotFound } from './errors.js';
import { ACTIVE_CUSTOMER_DAYS, effectiveThreshold } from './formulas.js';
import { presentBoard, presentIdea, presentIdeaSummary, stageOf, type IdeaRow } from './presenters.js';
import type { IdeaListQuerySchema } from './schemas.js';
import { loadStatuses } from './statuses.js';
import { boardFor, mayView, visibleBoardIds, type BoardRow, type Viewer } from './viewer.js';
import type { z } from 'zod';

type DB = Kysely<Database>;

/** Ideas with their author's name and the viewer's own vote, as the presenters want them. */
export function ideaRows(db: DB, viewer: Pick<Viewer, 'workspaceId' | 'userId'>) {
  return db
    .selectFrom('ideas as i')
    .leftJoin('users as a', (j) => j.onRef('a.workspace_id', '=', 'i.workspace_id').onRef('a.id', '=', 'i.author_id'))
    .leftJoin('idea_votes as v', (j) =>
      j
        .onRef('v.workspace_id', '=', 'i.workspace_id')
        .onRef('v.idea_id', '=', 'i.id')
        .on('v.user_id', '=', viewer.userId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .selectAll('i')
    .select(['a.display_name as author_name', 'v.importance as my_importance'])
    .where('i.workspace_id', '=', viewer.workspaceId);
}

/** Customers seen in the last 90 days: the base of a share-of-customers threshold. */
export function activeCustomers(db: DB, workspaceId: string): Promise<number> {
  return countActiveCustomers(db, workspaceId, ACTIVE_CUSTOMER_DAYS);
}

export async function boardThreshold(db: DB, board: BoardRow): Promise<number | null> {
  const share = board.threshold_share === null ? null : Number(board.threshold_share);
  const active = share === null ? 0 : await activeCustomers(db, board.workspace_id);
  return effectiveThreshold(board.threshold_supporters, share, active);
}

/** Votes the customer may still cast on a board with a budget (null: no budget). */
export async function votesLeft(
  db: DB,
  workspaceId: string,
  userId: string | null,
  board: Pick<BoardRow, 'id' | 'vote_budget'>,
): Promise<number | null> {
  if (board.vote_budget === null || userId === null) return null;
  const row = await db
    .selectFrom('idea_votes')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .where('board_id', '=', board.id)
    .where('released', '=', false)
    .executeTakeFirstOrThrow();
  return Math.max(0, board.vote_budget - row.n);
}

/** A board as the API shows it: with its effective threshold and the viewer's votes left. */
export async function boardView(db: DB, viewer: Pick<Viewer, 'workspaceId' | 'userId'>, board: BoardRow) {
  return presentBoard(board, {
    threshold: await boardThreshold(db, board),
    votesLeft: await votesLeft(db, viewer.workspaceId, viewer.userId, board),
  });
}

export async function listBoards(db: DB, viewer: Viewer) {
  const boards = await db
    .selectFrom('idea_boards')
    .selectAll()
    .where('workspace_id', '=', viewer.workspaceId)
    .orderBy('position')
    .orderBy('name')
    .execute();
  const visible = boards.filter((b) => mayView(viewer, b) && (viewer.staff || !b.archived_at));
  return { items: await Promise.all(visible.map((b) => boardView(db, viewer, b))) };
}

export async function getBoard(db: DB, viewer: Viewer, idOrSlug: string) {
  return boardView(db, viewer, await boardFor(db, viewer, idOrSlug));
}

/** A board's (or every visible board's) ideas, in trending / top / newest order. */
export async function listIdeas(db: DB, viewer: Viewer, query: z.infer<typeof IdeaListQuerySchema>) {
  const boardIds = query.board ? [(await boardFor(db, viewer, query.board)).id] : await visibleBoardIds(db, viewer);
  if (boardIds.length === 0) return { items: [], nextCursor: null };
  let q = ideaRows(db, viewer).where('i.moderation', '=', 'visible').where('i.merged_into', 'is', null);
  q = boardIds.length === 1 ? q.where('i.board_id', '=', boardIds[0]!) : q.where('i.board_id', 'in', boardIds);
  if (query.status) q = q.where('i.status', '=', query.status);
  if (query.tag) q = q.where(sql<boolean>`i.tags @> array[${query.tag}]::text[]`);
  if (query.q) q = q.where(matchesSearch('i.search_tokens', query.q));
  const sort = query.sort;
  if (sort === 'new') {
    const after = decodeCursor(query.cursor, 1);
    if (after) q = q.where('i.id', '<', String(after[0]));
    q = q.orderBy('i.id', 'desc');
  } else {
    const col = sort === 'top' ? 'i.vote_count' : 'i.trending_score';
    const after = decodeCursor(query.cursor, 2);
    if (after) q = q.where(sql<boolean>`(${sql.ref(col)}, i.id) < (${Number(after[0])}, ${String(after[1])}::uuid)`);
    q = q.orderBy(col, 'desc').orderBy('i.id', 'desc');
  }
  const [rows, statuses] = await Promise.all([
    q.limit(query.limit + 1).execute(),
    loadStatuses(db, viewer.workspaceId),
  ]);
  const now = new Date();
  return toPage(
    rows as IdeaRow[],
    query.limit,
    (r) => (sort === 'new' ? [r.id] : [sort === 'top' ? r.vote_count : r.trending_score, r.id]),
    (r) => presentIdeaSummary(r, statuses, now),
  );
}

/** One idea row the viewer may see: staff see everything, authors their own pending idea. */
export async function ideaFor(db: DB, viewer: Viewer, id: string): Promise<{ idea: IdeaRow; board: BoardRow }> {
  const idea = (await ideaRows(db, viewer).where('i.id', '=', id).executeTakeFirst()) as IdeaRow | undefined;
  if (!idea) throw ideaNotFound();
  const board = await boardFor(db, viewer, idea.board_id).catch(() => null);
  const ownPending = idea.moderation === 'pending' && viewer.userId !== null && idea.author_id === viewer.userId;
  if (!board || (idea.moderation !== 'visible' && !viewer.staff && !ownPending)) throw ideaNotFound();
  return { idea, board };
}

export async function getIdea(db: DB, viewer: Viewer, id: string) {
  const { idea, board } = await ideaFor(db, viewer, id);
  const [statuses, threshold, follow, answerAuthor, images] = await Promise.all([
    loadStatuses(db, viewer.workspaceId),
    boardThreshold(db, board),
    viewer.userId
      ? db
          .selectFrom('idea_follows')
          .select('user_id')
          .where('workspace_id', '=', viewer.workspaceId)
          .where('idea_id', '=', id)
          .where('user_id', '=', viewer.userId)
          .executeTakeFirst()
      : undefined,
    idea.answer_by ? findPerson(db, viewer.workspaceId, idea.answer_by) : undefined,
    listAttachedFiles(db, viewer.workspaceId, 'idea', [idea.id]),
  ]);
  const view = presentIdea(idea, statuses, {
    board,
    threshold,
    following: follow !== undefined,
    staff: viewer.staff,
    answerAuthor: answerAuthor?.displayName ?? null,
  });
  return { ...view, images: images.get(idea.id) ?? [] };
}

/** Planned, in-progress and recently shipped ideas of the boards the viewer may see. */
export async function roadmap(db: DB, viewer: Viewer) {
  const [boardIds, statuses] = await Promise.all([visibleBoardIds(db, viewer), loadStatuses(db, viewer.workspaceId)]);
  const columns = (['planned', 'in_progress', 'shipped'] as const).map((stage) => ({
    stage,
    keys: statuses.filter((s) => s.stage === stage).map((s) => s.key),
  }));
  const result = await Promise.all(
    columns.map(async ({ stage, keys }) => {
      if (boardIds.length === 0 || keys.length === 0) return { stage, items: [] };
      const rows = (await ideaRows(db, viewer)
        .where('i.board_id', 'in', boardIds)
        .where('i.status', 'in', keys)
        .where('i.moderation', '=', 'visible')
        .where('i.merged_into', 'is', null)
        .orderBy(stage === 'shipped' ? 'i.shipped_at' : 'i.vote_count', 'desc')
        .orderBy('i.id', 'desc')
        .limit(50)
        .execute()) as IdeaRow[];
      return { stage, items: rows.map((r) => presentIdeaSummary(r, statuses)) };
    }),
  );
  return { columns: result };
}

/** Shipped ideas, newest first, each with its official answer (the release note). */
export async function changelog(db: DB, viewer: Viewer, page: { limit: number; cursor?: string | undefined }) {
  const [boardIds, statuses] = await Promise.all([visibleBoardIds(db, viewer), loadStatuses(db, viewer.workspaceId)]);
  if (boardIds.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(page.cursor, 2);
  let q = ideaRows(db, viewer)
    .where('i.board_id', 'in', boardIds)
    .where('i.shipped_at', 'is not', null)
    .where('i.moderation', '=', 'visible')
    .where('i.merged_into', 'is', null);
  if (after)
    q = q.where(sql<boolean>`(i.shipped_at, i.id) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  const rows = (await q
    .orderBy('i.shipped_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(page.limit + 1)
    .execute()) as IdeaRow[];
  return toPage(
    rows,
    page.limit,
    (r) => [r.shipped_at!.toISOString(), r.id],
    (r) => ({ ...presentIdeaSummary(r, statuses), answerHtml: r.answer_html, stage: stageOf(statuses, r.status) }),
  );
}
