import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { Tx } from '../../../platform/db/index.js';
import { personFromJson, personQuery, type Actor, type Person } from '../../identity/index.js';
import { boardNotFound, ideaNotFound } from '../errors.js';
import { loadStatuses, type StatusView } from '../statuses.js';
import type { Importance } from '../tables.js';
import { mayView, seesAsStaff } from '../viewer.js';
import type { Board, Idea } from './idea-rows.js';

/** What the vote rules need of the idea's board. */
export type VoteBoard = Pick<
  Board,
  | 'id'
  | 'visibility'
  | 'access_segments'
  | 'archived_at'
  | 'vote_budget'
  | 'importance_enabled'
  | 'weight_rule'
  | 'threshold_supporters'
  | 'threshold_share'
  | 'answer_days'
>;

/** The voter's current vote on the idea. */
export interface CurrentVote {
  importance: Importance;
  weight: number;
  released: boolean;
  createdAt: Date;
}

/** Everything a vote or its withdrawal decides on, read under the idea's row lock. */
export interface VoteContext {
  idea: Idea;
  board: VoteBoard;
  statuses: StatusView[];
  voter: Person | null;
  /** Whether the voter is a listed member of the (private) board. */
  boardMember: boolean;
  vote: CurrentVote | null;
  /** The voter's votes on the board that still count against its budget; null without a budget. */
  votesUsed: number | null;
}

/**
 * Locks the idea and reads, in the same statement, its board, the workspace's statuses, the
 * voter, their board membership, their current vote and what they used of the board's budget:
 * one round trip for what used to take six.
 */
export async function lockForVote(tx: Tx, workspaceId: string, ideaId: string, voterId: string): Promise<VoteContext> {
  const row = await tx
    .selectFrom('ideas as i')
    .innerJoin('idea_boards as b', (j) =>
      j.onRef('b.workspace_id', '=', 'i.workspace_id').onRef('b.id', '=', 'i.board_id'),
    )
    .selectAll('i')
    .select([
      'b.visibility as board_visibility',
      'b.access_segments as board_access_segments',
      'b.archived_at as board_archived_at',
      'b.vote_budget as board_vote_budget',
      'b.importance_enabled as board_importance_enabled',
      'b.weight_rule as board_weight_rule',
      'b.threshold_supporters as board_threshold_supporters',
      'b.threshold_share as board_threshold_share',
      'b.answer_days as board_answer_days',
    ])
    .select((eb) => [
      jsonArrayFrom(
        eb
          .selectFrom('idea_statuses as st')
          .select(['st.key', 'st.stage', 'st.names'])
          .where('st.workspace_id', '=', workspaceId)
          .orderBy('st.position'),
      ).as('statuses'),
      jsonObjectFrom(personQuery(tx, workspaceId, voterId)).as('voter'),
      eb
        .exists(
          eb
            .selectFrom('idea_board_members as m')
            .select('m.user_id')
            .where('m.workspace_id', '=', workspaceId)
            .whereRef('m.board_id', '=', 'i.board_id')
            .where('m.user_id', '=', voterId),
        )
        .as('board_member'),
      jsonObjectFrom(
        eb
          .selectFrom('idea_votes as v')
          .select(['v.importance', 'v.weight', 'v.released', 'v.created_at'])
          .where('v.workspace_id', '=', workspaceId)
          .whereRef('v.idea_id', '=', 'i.id')
          .where('v.user_id', '=', voterId),
      ).as('vote'),
      // Counted only for boards with a budget.
      sql<number | null>`case when b.vote_budget is null then null else (
        select count(*)::int from idea_votes u
        where u.workspace_id = ${workspaceId} and u.user_id = ${voterId} and u.board_id = i.board_id and not u.released
      ) end`.as('votes_used'),
    ])
    .where('i.workspace_id', '=', workspaceId)
    .where('i.id', '=', ideaId)
    .forUpdate(['i'])
    .executeTakeFirst();
  if (!row) throw ideaNotFound();
  const {
    statuses,
    voter,
    board_member,
    vote,
    votes_used,
    board_visibility,
    board_access_segments,
    board_archived_at,
    board_vote_budget,
    board_importance_enabled,
    board_weight_rule,
    board_threshold_supporters,
    board_threshold_share,
    board_answer_days,
    ...idea
  } = row;
  return {
    idea,
    board: {
      id: idea.board_id,
      visibility: board_visibility,
      access_segments: board_access_segments,
      archived_at: board_archived_at,
      vote_budget: board_vote_budget,
      importance_enabled: board_importance_enabled,
      weight_rule: board_weight_rule,
      threshold_supporters: board_threshold_supporters,
      threshold_share: board_threshold_share,
      answer_days: board_answer_days,
    },
    // A workspace that never configured its workflow gets the defaults written on first use.
    statuses: statuses.length > 0 ? (statuses as StatusView[]) : await loadStatuses(tx, workspaceId),
    voter: personFromJson(voter),
    boardMember: Boolean(board_member),
    vote: vote && {
      importance: vote.importance,
      weight: Number(vote.weight),
      released: vote.released,
      createdAt: new Date(vote.created_at),
    },
    votesUsed: votes_used,
  };
}

/**
 * The board's access rule for the signed-in voter, as `boardFor` applies it to anyone looking: a
 * board they may not see answers 404, as if it did not exist.
 */
export function checkBoardAccess(actor: Extract<Actor, { kind: 'user' }>, context: VoteContext): void {
  const staff = seesAsStaff(actor);
  const viewer = {
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    staff,
    attributes: context.voter?.attributes ?? {},
    memberOf: new Set(context.boardMember ? [context.board.id] : []),
  };
  if (!mayView(viewer, context.board) || (context.board.archived_at && !staff)) throw boardNotFound();
}
