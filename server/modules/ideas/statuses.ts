import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/index.js';
import type { Stage } from './tables.js';

export interface StatusView {
  key: string;
  stage: Stage;
  names: Record<string, string>;
}

export const DEFAULT_STATUSES: StatusView[] = [
  { key: 'open', stage: 'open', names: { 'zh-CN': '征集中', en: 'Open' } },
  { key: 'under_review', stage: 'review', names: { 'zh-CN': '评估中', en: 'Under review' } },
  { key: 'planned', stage: 'planned', names: { 'zh-CN': '已规划', en: 'Planned' } },
  { key: 'in_progress', stage: 'in_progress', names: { 'zh-CN': '开发中', en: 'In progress' } },
  { key: 'shipped', stage: 'shipped', names: { 'zh-CN': '已上线', en: 'Shipped' } },
  { key: 'declined', stage: 'declined', names: { 'zh-CN': '暂不采纳', en: 'Declined' } },
];

/**
 * The workspace's status workflow, in order. A workspace that never configured one gets the
 * defaults, written on first read so ideas can reference them.
 */
export async function loadStatuses(db: Kysely<Database>, workspaceId: string): Promise<StatusView[]> {
  let rows = await db
    .selectFrom('idea_statuses')
    .select(['key', 'stage', 'names'])
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .execute();
  if (rows.length === 0) {
    await db
      .insertInto('idea_statuses')
      .values(
        DEFAULT_STATUSES.map((s, i) => ({
          workspace_id: workspaceId,
          key: s.key,
          position: i,
          stage: s.stage,
          names: JSON.stringify(s.names),
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
      .execute();
    rows = await db
      .selectFrom('idea_statuses')
      .select(['key', 'stage', 'names'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('position')
      .execute();
  }
  return rows;
}

/** The first status of the "open" stage: where new ideas start. */
export const initialStatus = (statuses: StatusView[]): string =>
  statuses.find((s) => s.stage === 'open')?.key ?? statuses[0]!.key;
export const reviewStatus = (statuses: StatusView[]): StatusView | undefined =>
  statuses.find((s) => s.stage === 'review');
export const isClosedStage = (stage: Stage): boolean => stage === 'shipped' || stage === 'declined';
