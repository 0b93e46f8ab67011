import type { ColumnType, Generated } from 'kysely';

type Now = ColumnType<Date, Date | string | undefined, Date | string>;
type JsonOf<T> = ColumnType<T, string, string>;
type Num = ColumnType<string, number | string | undefined, number | string>;

export type Stage = 'open' | 'review' | 'planned' | 'in_progress' | 'shipped' | 'declined';
export type Importance = 'nice_to_have' | 'important' | 'critical';
export type Moderation = 'pending' | 'visible' | 'hidden';

/** How a board weighs a vote: by one customer attribute and by the vote's importance. */
export interface WeightRule {
  attribute?: string;
  values?: Record<string, number>;
  importance?: Partial<Record<Importance, number>>;
}

export interface IdeaStatusesTable {
  workspace_id: string;
  key: string;
  position: number;
  stage: Stage;
  names: JsonOf<Record<string, string>>;
}

export interface IdeaBoardsTable {
  workspace_id: string;
  id: string;
  slug: string;
  name: string;
  description: ColumnType<string, string | undefined, string>;
  visibility: ColumnType<'public' | 'private', 'public' | 'private' | undefined, 'public' | 'private'>;
  access_segments: ColumnType<string[], string[] | undefined, string[]>;
  tags: ColumnType<string[], string[] | undefined, string[]>;
  vote_budget: number | null;
  importance_enabled: ColumnType<boolean, boolean | undefined, boolean>;
  weight_rule: ColumnType<WeightRule, string | undefined, string>;
  threshold_supporters: number | null;
  threshold_share: Num | null;
  answer_days: ColumnType<number, number | undefined, number>;
  premoderation: ColumnType<
    'off' | 'new_customers' | 'all',
    'off' | 'new_customers' | 'all' | undefined,
    'off' | 'new_customers' | 'all'
  >;
  position: ColumnType<number, number | undefined, number>;
  archived_at: Date | null;
  created_at: Now;
  updated_at: Now;
}

export interface IdeaBoardMembersTable {
  workspace_id: string;
  board_id: string;
  user_id: string;
}

export interface IdeasTable {
  workspace_id: string;
  id: string;
  board_id: string;
  author_id: string | null;
  title: string;
  title_norm: string;
  body: string;
  body_html: string;
  tags: string[];
  status: ColumnType<string, string | undefined, string>;
  moderation: ColumnType<Moderation, Moderation | undefined, Moderation>;
  locked: ColumnType<boolean, boolean | undefined, boolean>;
  vote_count: ColumnType<number, number | undefined, number>;
  weighted_votes: Num;
  comment_count: ColumnType<number, number | undefined, number>;
  trending_score: ColumnType<number, number | undefined, number>;
  merged_into: string | null;
  rice_impact: Num | null;
  rice_confidence: Num | null;
  rice_effort: Num | null;
  threshold_reached_at: Date | null;
  answer_due_at: Date | null;
  first_answer_at: Date | null;
  answer_body: string | null;
  answer_html: string | null;
  answer_by: string | null;
  answer_at: Date | null;
  shipped_at: Date | null;
  search_tokens: string;
  created_at: Now;
  updated_at: Now;
}

export interface IdeaVotesTable {
  workspace_id: string;
  idea_id: string;
  user_id: string;
  board_id: string;
  importance: ColumnType<Importance, Importance | undefined, Importance>;
  weight: Num;
  released: ColumnType<boolean, boolean | undefined, boolean>;
  on_behalf_by: string | null;
  on_behalf_label: string | null;
  on_behalf_reason: string | null;
  merged_from: string | null;
  created_at: Now;
}

export interface IdeaFollowsTable {
  workspace_id: string;
  idea_id: string;
  user_id: string;
  created_at: Now;
}

export interface IdeaCommentsTable {
  workspace_id: string;
  id: string;
  idea_id: string;
  parent_id: string | null;
  author_id: string | null;
  body: string;
  body_html: string;
  hidden: ColumnType<boolean, boolean | undefined, boolean>;
  moved_from: string | null;
  report_count: ColumnType<number, number | undefined, number>;
  edited_at: Date | null;
  created_at: Now;
}

export interface IdeaCommentReportsTable {
  workspace_id: string;
  comment_id: string;
  user_id: string;
  reason: string;
  created_at: Generated<Date>;
}

export interface IdeaStatusChangesTable {
  workspace_id: string;
  id: string;
  idea_id: string;
  from_status: string | null;
  to_status: string;
  note: ColumnType<string, string | undefined, string>;
  actor_id: string | null;
  actor_label: string;
  created_at: Now;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    idea_statuses: IdeaStatusesTable;
    idea_boards: IdeaBoardsTable;
    idea_board_members: IdeaBoardMembersTable;
    ideas: IdeasTable;
    idea_votes: IdeaVotesTable;
    idea_follows: IdeaFollowsTable;
    idea_comments: IdeaCommentsTable;
    idea_comment_reports: IdeaCommentReportsTable;
    idea_status_changes: IdeaStatusChangesTable;
  }
}
