import { sql, type Updateable } from 'kysely';
import type { z } from 'zod';
import type { Tx } from '../../../platform/db/index.js';
import { withTransaction } from '../../../platform/db/index.js';
import { newId } from '../../../platform/ids.js';
import { audit, findPeople, type CommandContext } from '../../identity/index.js';
import {
  boardNotFound,
  memberNotInWorkspace,
  noOpenStatus,
  slugTaken,
  statusInUse,
  statusKeyTwice,
} from '../errors.js';
import type { BoardCreateSchema, BoardUpdateSchema, StatusWorkflowSchema } from '../schemas.js';
import type { IdeaBoardsTable } from '../tables.js';

type BoardFields = z.infer<typeof BoardUpdateSchema>;

function columns(input: BoardFields): Updateable<IdeaBoardsTable> {
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

async function setMembers(tx: Tx, workspaceId: string, boardId: string, memberIds: string[]) {
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

export async function createBoard(ctx: CommandContext, input: z.infer<typeof BoardCreateSchema>) {
  const ws = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const taken = await tx
      .selectFrom('idea_boards')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (taken) throw slugTaken();
    const id = newId();
    const position = await tx
      .selectFrom('idea_boards')
      .select(sql<number>`coalesce(max(position), 0) + 1`.as('p'))
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('idea_boards')
      .values({ workspace_id: ws, id, slug: input.slug, name: input.name, position: position.p })
      .execute();
    const set = columns(input);
    if (Object.keys(set).length)
      await tx.updateTable('idea_boards').set(set).where('workspace_id', '=', ws).where('id', '=', id).execute();
    if (input.memberIds) await setMembers(tx, ws, id, input.memberIds);
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.board.created',
      targetType: 'idea_board',
      targetId: id,
      details: { slug: input.slug },
    });
    return tx
      .selectFrom('idea_boards')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  });
}

export async function updateBoard(ctx: CommandContext, boardId: string, input: BoardFields) {
  const ws = ctx.actor.workspaceId!;
  return withTransaction(ctx.db, async (tx) => {
    const board = await tx
      .updateTable('idea_boards')
      .set({ ...columns(input), updated_at: new Date() })
      .where('workspace_id', '=', ws)
      .where('id', '=', boardId)
      .returningAll()
      .executeTakeFirst();
    if (!board) throw boardNotFound();
    if (input.memberIds) await setMembers(tx, ws, boardId, input.memberIds);
    await audit(tx, ctx.actor, ctx.origin, {
      action: 'ideas.board.updated',
      targetType: 'idea_board',
      targetId: boardId,
      details: { fields: Object.keys(input) },
    });
    return board;
  });
}

/**
 * Replaces the workspace's status workflow. A status still used by an idea cannot be dropped;
 * the workflow needs an "open" stage for new ideas.
 */
export async function setStatuses(ctx: CommandContext, input: z.infer<typeof StatusWorkflowSchema>) {
  const ws = ctx.actor.workspaceId!;
  const keys = input.items.map((s) => s.key);
  if (new Set(keys).size !== keys.length) throw statusKeyTwice();
  if (!input.items.some((s) => s.stage === 'open')) throw noOpenStatus();
  await withTransaction(ctx.db, async (tx) => {
    const used = await tx
      .selectFrom('ideas')
      .select('status')
      .distinct()
      .where('workspace_id', '=', ws)
      .where('status', 'not in', keys)
      .execute();
    if (used.length) throw statusInUse(used.map((u) => u.status));
    await tx.deleteFrom('idea_statuses').where('workspace_id', '=', ws).execute();
    await tx
      .insertInto('idea_statuses')
      .values(
        input.items.map((s, i) => ({
          workspace_id: ws,
          key: s.key,
          position: i,
          stage: s.stage,
          names: JSON.stringify(s.names),
        })),
      )
      .execute();
    await audit(tx, ctx.actor, ctx.origin, { action: 'ideas.statuses.updated', details: { keys } });
  });
}
