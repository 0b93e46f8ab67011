import { sql, type Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import type { HotReadCache } from '../../platform/cache/hot-read-cache.js';
import { IDEAS_SETUP_AREA } from './hot-read-areas.js';
import { loadStatuses, type StatusView } from './statuses.js';

/** What the public reads need of one board. */
export interface BoardSetup {
  id: string;
  slug: string;
  name: string;
  visibility: 'public' | 'private';
  accessSegments: string[];
  archived: boolean;
  thresholdSupporters: number | null;
  thresholdShare: number | null;
}

/** A workspace's boards and status workflow: what every public read of ideas starts from. */
export interface IdeasSetup {
  boards: BoardSetup[];
  statuses: StatusView[];
}

/** The boards (in their order) and the statuses of a workspace, in one statement. */
export async function readSetup(db: Kysely<Database>, workspaceId: string): Promise<IdeasSetup> {
  const { rows } = await sql<{ boards: BoardSetup[]; statuses: StatusView[] }>`
    select
      coalesce((
        select json_agg(json_build_object(
          'id', b.id, 'slug', b.slug, 'name', b.name, 'visibility', b.visibility,
          'accessSegments', b.access_segments, 'archived', b.archived_at is not null,
          'thresholdSupporters', b.threshold_supporters, 'thresholdShare', b.threshold_share
        ) order by b.position, b.name)
        from idea_boards b where b.workspace_id = ${workspaceId}
      ), '[]') as boards,
      coalesce((
        select json_agg(json_build_object('key', s.key, 'stage', s.stage, 'names', s.names) order by s.position)
        from idea_statuses s where s.workspace_id = ${workspaceId}
      ), '[]') as statuses`.execute(db);
  const setup = rows[0]!;
  // A workspace that never configured its workflow gets the defaults, written on first read.
  return setup.statuses.length ? setup : { boards: setup.boards, statuses: await loadStatuses(db, workspaceId) };
}

/** The workspace's setup from memory; board and status changes drop it (see hot-read-areas.ts). */
export async function cachedSetup(cache: HotReadCache, db: Kysely<Database>, workspaceId: string) {
  const { value } = await cache.read(
    workspaceId,
    IDEAS_SETUP_AREA,
    'setup',
    () => readSetup(db, workspaceId),
    (s) => 200 * (s.boards.length + s.statuses.length) + 100,
  );
  return value;
}
