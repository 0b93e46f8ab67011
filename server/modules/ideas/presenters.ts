import type { Selectable } from 'kysely';
import { decayedCount, riceScore } from './formulas.js';
import type { StatusView } from './statuses.js';
import type { IdeaBoardsTable, IdeaCommentsTable, IdeasTable, Importance, Stage } from './tables.js';

export type IdeaRow = Selectable<IdeasTable> & { author_name: string | null; my_importance: Importance | null };
/** A comment with its author's name and role (staff replies are marked as such). */
export type CommentRow = Selectable<IdeaCommentsTable> & { author_name: string | null; author_role: string | null };

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export function stageOf(statuses: StatusView[], key: string): Stage {
  return statuses.find((s) => s.key === key)?.stage ?? 'open';
}

export function presentIdeaSummary(r: IdeaRow, statuses: StatusView[], now = new Date()) {
  return {
    id: r.id,
    boardId: r.board_id,
    title: r.title,
    tags: r.tags,
    status: r.status,
    stage: stageOf(statuses, r.status),
    voteCount: r.vote_count,
    weightedVotes: Number(r.weighted_votes),
    commentCount: r.comment_count,
    trending: Math.round(decayedCount(r.trending_score, now) * 100) / 100,
    moderation: r.moderation,
    locked: r.locked,
    mergedIntoId: r.merged_into,
    authorName: r.author_name,
    answered: r.answer_at !== null,
    shippedAt: iso(r.shipped_at),
    createdAt: r.created_at.toISOString(),
    myVote: r.my_importance ? { importance: r.my_importance } : null,
  };
}

export function presentRice(r: IdeaRow) {
  const impact = num(r.rice_impact);
  const confidence = num(r.rice_confidence);
  const effort = num(r.rice_effort);
  return {
    reach: r.vote_count,
    impact,
    confidence,
    effort,
    score: riceScore(r.vote_count, impact, confidence, effort),
  };
}

export function presentIdea(
  r: IdeaRow,
  statuses: StatusView[],
  extra: {
    board: Pick<Selectable<IdeaBoardsTable>, 'slug' | 'name'>;
    threshold: number | null;
    /** Null in answers shared by everyone (see GET /ideas/viewer-state). */
    following: boolean | null;
    staff: boolean;
    answerAuthor: string | null;
  },
) {
  const now = new Date();
  return {
    ...presentIdeaSummary(r, statuses, now),
    body: r.body,
    bodyHtml: r.body_html,
    answer:
      r.answer_body !== null && r.answer_at
        ? {
            body: r.answer_body,
            bodyHtml: r.answer_html ?? '',
            authorName: extra.answerAuthor,
            at: r.answer_at.toISOString(),
          }
        : null,
    threshold: {
      target: extra.threshold,
      supporters: r.vote_count,
      reachedAt: iso(r.threshold_reached_at),
      answerDueAt: iso(r.answer_due_at),
      overdue: r.answer_due_at !== null && r.first_answer_at === null && r.answer_due_at < now,
    },
    following: extra.following,
    rice: extra.staff ? presentRice(r) : null,
    boardSlug: extra.board.slug,
    boardName: extra.board.name,
  };
}

/** What a vote or its withdrawal leaves: the idea's counts, the caller's vote and budget. */
export function presentVoteResult(r: {
  idea: Pick<Selectable<IdeasTable>, 'vote_count' | 'weighted_votes' | 'status'>;
  myVote: { importance: Importance } | null;
  votesLeft: number | null;
}) {
  return {
    voteCount: r.idea.vote_count,
    weightedVotes: Number(r.idea.weighted_votes),
    myVote: r.myVote,
    votesLeft: r.votesLeft,
    status: r.idea.status,
  };
}

/** A status of the workflow, named in both languages (the key stands in for a missing name). */
export function presentStatus(s: StatusView) {
  return { key: s.key, stage: s.stage, names: { 'zh-CN': s.names['zh-CN'] ?? s.key, en: s.names.en ?? s.key } };
}

export function presentBoard(
  b: Selectable<IdeaBoardsTable>,
  extra: { threshold: number | null; votesLeft: number | null },
) {
  return {
    id: b.id,
    slug: b.slug,
    name: b.name,
    description: b.description,
    visibility: b.visibility,
    accessSegments: b.access_segments,
    tags: b.tags,
    voteBudget: b.vote_budget,
    votesLeft: extra.votesLeft,
    importanceEnabled: b.importance_enabled,
    weightRule: b.weight_rule,
    thresholdSupporters: b.threshold_supporters,
    thresholdSharePercent: num(b.threshold_share),
    threshold: extra.threshold,
    answerDays: b.answer_days,
    premoderation: b.premoderation,
    archived: b.archived_at !== null,
  };
}

/** Comments may be edited by their author for this long. */
export const COMMENT_EDIT_WINDOW_MS = 15 * 60_000;

export function presentComment(c: CommentRow, viewerId: string | null, staffViewer: boolean) {
  const hiddenForViewer = c.hidden && !staffViewer;
  return {
    id: c.id,
    ideaId: c.idea_id,
    parentId: c.parent_id,
    authorId: c.author_id,
    authorName: c.author_name,
    staff: c.author_role !== null && c.author_role !== 'customer',
    body: hiddenForViewer ? '' : c.body,
    bodyHtml: hiddenForViewer ? '' : c.body_html,
    hidden: c.hidden,
    movedFromIdeaId: c.moved_from,
    reportCount: staffViewer ? c.report_count : null,
    editable:
      viewerId !== null && c.author_id === viewerId && Date.now() - c.created_at.getTime() < COMMENT_EDIT_WINDOW_MS,
    editedAt: iso(c.edited_at),
    createdAt: c.created_at.toISOString(),
  };
}
