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
import type { Importance } from './tables.js';
import { loadStatuses, type StatusView } from './statuses.js';
import { boardFor, mayView, visibleBoardIds, type BoardRow, type Viewer } from './viewer.js';
import type { z } from 'zod';

type DB = Kysely<Database>;

/**
 * Ideas with their author's name and the viewer's own vote (none when `userId` is null: the
 * shared, cached reads carry nobody's), as the presenters want them.
 */
export function ideaRows(db: DB, viewer: Pick<Viewer, 'workspaceId' | 'userId'>) {
  const myImportance =
    viewer.userId === null
      ? sql<Importance | null>`null`
      : sql<Importance | null>`(select v.importance from idea_votes v where v.workspace_id = i.workspace_id and v.idea_id = i.id and v.user_id = ${viewer.userId})`;
  return db
    .selectFrom('ideas as i')
    .leftJoin('users as a', (j) => j.onRef('a.workspace_id', '=', 'i.workspace_id').onRef('a.id', '=', 'i.author_id'))
    .selectAll('i')
    .select(['a.display_name as author_name', myImportance.as('my_importance')])
    .where('i.workspace_id', '=', viewer.workspaceId);
}

/** What a list reads: the boards to show, the workspace's statuses, and whose vote to show (null: nobody's). */
export interface ListScope {
  workspaceId: string;
  userId: string | null;
  boardIds: string[];
  statuses: StatusView[];
}

/** The boards and statuses a viewer's uncached list reads (staff, and lists of the console). */
async function viewerListScope(db: DB, viewer: Viewer, board?: string): Promise<ListScope> {
  const [boardIds, statuses] = await Promise.all([
    board ? boardFor(db, viewer, board).then((b) => [b.id]) : visibleBoardIds(db, viewer),
    loadStatuses(db, viewer.workspaceId),
  ]);
  return { workspaceId: viewer.workspaceId, userId: viewer.userId, boardIds, statuses };
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

/** A board's (or every visible board's) ideas, in trending / top / newest order: one statement. */
export async function ideaPage(db: DB, scope: ListScope, query: z.infer<typeof IdeaListQuerySchema>) {
  const { boardIds } = scope;
  if (boardIds.length === 0) return { items: [], nextCursor: null };
  let q = ideaRows(db, scope).where('i.moderation', '=', 'visible').where('i.merged_into', 'is', null);
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
  const rows = (await q.limit(query.limit + 1).execute()) as IdeaRow[];
  const now = new Date();
  return toPage(
    rows,
    query.limit,
    (r) => (sort === 'new' ? [r.id] : [sort === 'top' ? r.vote_count : r.trending_score, r.id]),
    (r) => presentIdeaSummary(r, scope.statuses, now),
  );
}

/** The list as the viewer sees it, with their own votes, read uncached (staff). */
export async function listIdeas(db: DB, viewer: Viewer, query: z.infer<typeof IdeaListQuerySchema>) {
  return ideaPage(db, await viewerListScope(db, viewer, query.board), query);
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

const ROADMAP_STAGES = ['planned', 'in_progress', 'shipped'] as const;

/** Planned, in-progress and recently shipped ideas of the scope's boards: one statement. */
export async function roadmapOf(db: DB, scope: ListScope) {
  const columns = ROADMAP_STAGES.map((stage) => ({
    stage,
    keys: scope.statuses.filter((s) => s.stage === stage).map((s) => s.key),
  })).filter((c) => c.keys.length > 0 && scope.boardIds.length > 0);
  const parts = columns.map(({ stage, keys }) =>
    ideaRows(db, scope)
      .select(sql.lit(stage).as('roadmap_stage'))
      .where('i.board_id', 'in', scope.boardIds)
      .where('i.status', 'in', keys)
      .where('i.moderation', '=', 'visible')
      .where('i.merged_into', 'is', null)
      .orderBy(stage === 'shipped' ? 'i.shipped_at' : 'i.vote_count', 'desc')
      .orderBy('i.id', 'desc')
      .limit(50),
  );
  const rows = parts.length
    ? (await sql<IdeaRow & { roadmap_stage: string }>`${sql.join(parts, sql` union all `)}`.execute(db)).rows
    : [];
  return {
    columns: ROADMAP_STAGES.map((stage) => ({
      stage,
      items: rows.filter((r) => r.roadmap_stage === stage).map((r) => presentIdeaSummary(r, scope.statuses)),
    })),
  };
}

/** The roadmap as the viewer sees it, read uncached (staff). */
export async function roadmap(db: DB, viewer: Viewer) {
  return roadmapOf(db, await viewerListScope(db, viewer));
}

/** Shipped ideas of the scope's boards, newest first, each with its official answer (the release note). */
export async function changelogOf(db: DB, scope: ListScope, page: { limit: number; cursor?: string | undefined }) {
  if (scope.boardIds.length === 0) return { items: [], nextCursor: null };
  const after = decodeCursor(page.cursor, 2);
  let q = ideaRows(db, scope)
    .where('i.board_id', 'in', scope.boardIds)
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
    (r) => ({
      ...presentIdeaSummary(r, scope.statuses),
      answerHtml: r.answer_html,
      stage: stageOf(scope.statuses, r.status),
    }),
  );
}

/** The changelog as the viewer sees it, read uncached (staff). */
export async function changelog(db: DB, viewer: Viewer, page: { limit: number; cursor?: string | undefined }) {
  return changelogOf(db, await viewerListScope(db, viewer), page);
}
