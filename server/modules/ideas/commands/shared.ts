import { sql, type Selectable } from 'kysely';
import type { Tx } from '../../../platform/db/index.js';
import { record } from '../../../platform/events/index.js';
import { newId } from '../../../platform/ids.js';
import { notFound } from '../../../platform/errors.js';
import { countActiveCustomers, findPerson, type Actor } from '../../identity/index.js';
import { IdeasEvents, NOTIFYING_VERSION, type StatusChangedPayload } from '../events.js';
import { ACTIVE_CUSTOMER_DAYS, effectiveThreshold } from '../formulas.js';
import { reviewStatus, type StatusView } from '../statuses.js';
import type { IdeaBoardsTable, IdeasTable } from '../tables.js';

export type Idea = Selectable<IdeasTable>;
export type Board = Selectable<IdeaBoardsTable>;

export const actorIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);

/** How a staff act is signed in public history: the person's name, or the API key's. */
export async function actorLabel(tx: Tx, actor: Actor): Promise<string> {
  if (actor.kind === 'user') {
    const u = await findPerson(tx, actor.workspaceId, actor.userId);
    return u?.displayName ?? 'staff';
  }
  if (actor.kind === 'api_key') {
    const k = await tx
      .selectFrom('api_keys')
      .select('name')
      .where('workspace_id', '=', actor.workspaceId)
      .where('id', '=', actor.keyId)
      .executeTakeFirst();
    return `API: ${k?.name ?? actor.keyId}`;
  }
  return 'system';
}

/** The idea row, locked for the rest of the transaction (counters change under the lock). */
export async function lockIdea(tx: Tx, workspaceId: string, id: string): Promise<Idea> {
  const idea = await tx
    .selectFrom('ideas')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!idea) throw notFound('The idea');
  return idea;
}

export async function boardOf(tx: Tx, workspaceId: string, boardId: string): Promise<Board> {
  return tx
    .selectFrom('idea_boards')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', boardId)
    .executeTakeFirstOrThrow();
}

/** Authors, voters and commenters follow automatically; following twice changes nothing. */
export async function follow(tx: Tx, workspaceId: string, ideaId: string, userId: string): Promise<void> {
  await tx
    .insertInto('idea_follows')
    .values({ workspace_id: workspaceId, idea_id: ideaId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function followerIds(tx: Tx, workspaceId: string, ideaId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('idea_follows')
    .select('user_id')
    .where('workspace_id', '=', workspaceId)
    .where('idea_id', '=', ideaId)
    .execute();
  return rows.map((r) => r.user_id);
}

export async function insertStatusChange(
  tx: Tx,
  idea: Idea,
  to: string,
  note: string,
  actor: Actor,
  label: string,
): Promise<void> {
  await tx
    .insertInto('idea_status_changes')
    .values({
      workspace_id: idea.workspace_id,
      id: newId(),
      idea_id: idea.id,
      from_status: idea.status,
      to_status: to,
      note,
      actor_id: actorIdOf(actor),
      actor_label: label,
    })
    .execute();
}

/**
 * After support grew: when an open idea reaches its board's threshold it moves to review and
 * the company owes an answer within the board's answer days (LEGO Ideas' 10,000-supporter
 * review). Runs under the idea's row lock, so it fires once.
 */
export async function checkThreshold(tx: Tx, idea: Idea, board: Board, statuses: StatusView[]): Promise<Idea> {
  if (idea.threshold_reached_at !== null || idea.merged_into !== null) return idea;
  const stage = statuses.find((s) => s.key === idea.status)?.stage;
  if (stage !== 'open') return idea;
  const share = board.threshold_share === null ? null : Number(board.threshold_share);
  const active = share === null ? 0 : await countActiveCustomers(tx, idea.workspace_id, ACTIVE_CUSTOMER_DAYS);
  const target = effectiveThreshold(board.threshold_supporters, share, active);
  if (target === null || idea.vote_count < target) return idea;
  const review = reviewStatus(statuses);
  const updated = await tx
    .updateTable('ideas')
    .set({
      threshold_reached_at: sql<Date>`now()`,
      answer_due_at: sql<Date>`now() + make_interval(days => ${board.answer_days})`,
      ...(review ? { status: review.key } : {}),
      updated_at: sql<Date>`now()`,
    })
    .where('workspace_id', '=', idea.workspace_id)
    .where('id', '=', idea.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await record(tx, {
    name: IdeasEvents.thresholdReached,
    workspaceId: idea.workspace_id,
    actorId: null,
    customerId: idea.author_id,
    payload: {
      ideaId: idea.id,
      boardId: idea.board_id,
      target,
      supporters: idea.vote_count,
      answerDueAt: updated.answer_due_at?.toISOString(),
    },
  });
  if (review && review.key !== idea.status) {
    await insertStatusChange(tx, idea, review.key, '', { kind: 'anonymous', workspaceId: idea.workspace_id }, 'system');
    // Followers are told when the event is delivered (subscribers/notify-followers.ts).
    await record<StatusChangedPayload>(tx, {
      name: IdeasEvents.statusChanged,
      version: NOTIFYING_VERSION,
      workspaceId: idea.workspace_id,
      actorId: null,
      customerId: idea.author_id,
      payload: {
        ideaId: idea.id,
        from: idea.status,
        to: review.key,
        reason: 'threshold',
        ideaTitle: idea.title,
        statusNames: review.names,
      },
    });
  }
  return updated;
}
