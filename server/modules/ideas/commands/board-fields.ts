import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { Tx } from '../../../platform/db/index.js';
import { findPeople } from '../../identity/index.js';
import { memberNotInWorkspace } from '../errors.js';
import type { BoardUpdateSchema } from '../schemas.js';
import type { IdeaBoardsTable } from '../tables.js';

export type BoardFields = z.infer<typeof BoardUpdateSchema>;

/** The board columns a create or update sets: only the fields the request names. */
export function boardColumns(input: BoardFields): Updateable<IdeaBoardsTable> {
  const set: Updateable<IdeaBoardsTable> = {};
  if (input.name !== undefined) set.name = input.name;
  if (input.description !== undefined) set.description = input.description;
  if (input.visibility !== undefined) set.visibility = input.visibility;
  if (input.accessSegments !== undefined) set.access_segments = input.accessSegments;
  if (input.tags !== undefined) set.tags = [...new Set(input.tags)];
  if (input.voteBudget !== undefined) set.vote_budget = input.voteBudget;
  if (input.importanceEnabled !== undefined) set.importance_enabled = input.importanceEnabled;
  if (input.weightRule !== undefined) set.weight_rule = JSON.stringify(input.weightRule);
  if (input.thresholdSupporters !== undefined) set.threshold_supporters = input.thresholdSupporters;
  if (input.thresholdSharePercent !== undefined) set.threshold_share = input.thresholdSharePercent;
  if (input.answerDays !== undefined) set.answer_days = input.answerDays;
  if (input.premoderation !== undefined) set.premoderation = input.premoderation;
  if (input.archived !== undefined) set.archived_at = input.archived ? new Date() : null;
  return set;
}

/** Replaces a private board's member list; every member must be one of the workspace's people. */
export async function setBoardMembers(tx: Tx, workspaceId: string, boardId: string, memberIds: string[]) {
  await tx
    .deleteFrom('idea_board_members')
    .where('workspace_id', '=', workspaceId)
    .where('board_id', '=', boardId)
    .execute();
  if (memberIds.length === 0) return;
  const found = await findPeople(tx, workspaceId, { ids: memberIds });
  if (found.length !== new Set(memberIds).size) throw memberNotInWorkspace();
  await tx
    .insertInto('idea_board_members')
    .values(found.map((u) => ({ workspace_id: workspaceId, board_id: boardId, user_id: u.id })))
    .execute();
}
