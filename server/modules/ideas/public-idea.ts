import { sql, type Kysely } from 'kysely';
import type { HotReadCache } from '../../platform/cache/hot-read-cache.js';
import type { Database } from '../../platform/db/index.js';
import { presentFile } from '../files/index.js';
import { effectiveThreshold } from './formulas.js';
import { IDEAS_ACTIVITY_AREA } from './hot-read-areas.js';
import { presentIdea, type IdeaRow } from './presenters.js';
import { activeCustomers, ideaRows } from './queries.js';
import type { IdeasSetup } from './setup.js';

type DB = Kysely<Database>;

interface ImageColumns {
  id: string;
  content_type: string;
  size: number;
  width: number;
  height: number;
}

/** Customers active lately, from memory for HOT_READ_TTL_SECONDS: it moves slowly and no event says when. */
async function cachedActiveCustomers(cache: HotReadCache, db: DB, workspaceId: string): Promise<number> {
  const { value } = await cache.read(
    workspaceId,
    IDEAS_ACTIVITY_AREA,
    'active-customers',
    () => activeCustomers(db, workspaceId),
    () => 16,
  );
  return value;
}

/**
 * An idea as every visitor and customer sees it (nobody's vote or follow in it), or null when it
 * is not the same for everyone — pending or hidden, or on a private or archived board — and must
 * be read for the viewer. One statement: the idea, its author's and answerer's names and its images;
 * a share-of-customers threshold adds the (cached) count of active customers.
 */
export async function publicIdea(cache: HotReadCache, db: DB, workspaceId: string, setup: IdeasSetup, id: string) {
  const row = (await ideaRows(db, { workspaceId, userId: null })
    .leftJoin('users as ans', (j) =>
      j.onRef('ans.workspace_id', '=', 'i.workspace_id').onRef('ans.id', '=', 'i.answer_by'),
    )
    .select([
      'ans.display_name as answer_author_name',
      sql<ImageColumns[]>`(
        select coalesce(json_agg(json_build_object(
          'id', f.id, 'content_type', f.content_type, 'size', f.size, 'width', f.width, 'height', f.height
        ) order by f.id), '[]')
        from files f
        where f.workspace_id = i.workspace_id and f.attached_type = 'idea' and f.attached_id = i.id
      )`.as('images'),
    ])
    .where('i.id', '=', id)
    .executeTakeFirst()) as (IdeaRow & { answer_author_name: string | null; images: ImageColumns[] }) | undefined;
  const board = row && setup.boards.find((b) => b.id === row.board_id);
  if (!row || !board || board.visibility !== 'public' || board.archived || row.moderation !== 'visible') return null;
  const active = board.thresholdShare === null ? 0 : await cachedActiveCustomers(cache, db, workspaceId);
  const view = presentIdea(row, setup.statuses, {
    board,
    threshold: effectiveThreshold(board.thresholdSupporters, board.thresholdShare, active),
    following: null,
    staff: false,
    answerAuthor: row.answer_by ? row.answer_author_name : null,
  });
  return { ...view, images: row.images.map(presentFile) };
}
