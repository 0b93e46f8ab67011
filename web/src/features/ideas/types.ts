/** Shapes of the ideas API (server/modules/ideas/schemas.ts). */
export type Importance = 'nice_to_have' | 'important' | 'critical';
export type Stage = 'open' | 'review' | 'planned' | 'in_progress' | 'shipped' | 'declined';

export interface WeightRule {
  attribute?: string;
  values?: Record<string, number>;
  importance?: Partial<Record<Importance, number>>;
}

export interface Board {
  id: string;
  slug: string;
  name: string;
  description: string;
  visibility: 'public' | 'private';
  accessSegments: string[];
  tags: string[];
  voteBudget: number | null;
  votesLeft: number | null;
  importanceEnabled: boolean;
  weightRule: WeightRule;
  thresholdSupporters: number | null;
  thresholdSharePercent: number | null;
  threshold: number | null;
  answerDays: number;
  premoderation: 'off' | 'new_customers' | 'all';
  archived: boolean;
}

export interface Status {
  key: string;
  stage: Stage;
  names: { 'zh-CN': string; en: string };
}

export interface IdeaSummary {
  id: string;
  boardId: string;
  title: string;
  tags: string[];
  status: string;
  stage: Stage;
  voteCount: number;
  weightedVotes: number;
  commentCount: number;
  trending: number;
  moderation: 'pending' | 'visible' | 'hidden';
  locked: boolean;
  mergedIntoId: string | null;
  authorName: string | null;
  answered: boolean;
  shippedAt: string | null;
  createdAt: string;
  myVote: { importance: Importance } | null;
}

export interface Rice {
  reach: number;
  impact: number | null;
  confidence: number | null;
  effort: number | null;
  score: number | null;
}

export interface Idea extends IdeaSummary {
  body: string;
  bodyHtml: string;
  answer: { body: string; bodyHtml: string; authorName: string | null; at: string } | null;
  threshold: { target: number | null; supporters: number; reachedAt: string | null; answerDueAt: string | null; overdue: boolean };
  following: boolean;
  rice: Rice | null;
  boardSlug: string;
  boardName: string;
  images: { id: string; url: string; width: number; height: number }[];
}

export interface Comment {
  id: string;
  ideaId: string;
  parentId: string | null;
  authorId: string | null;
  authorName: string | null;
  staff: boolean;
  body: string;
  bodyHtml: string;
  hidden: boolean;
  movedFromIdeaId: string | null;
  reportCount: number | null;
  editable: boolean;
  editedAt: string | null;
  createdAt: string;
}

export interface HistoryEntry {
  fromStatus: string | null;
  toStatus: string;
  note: string;
  actorLabel: string;
  createdAt: string;
}

export interface VoteResult {
  voteCount: number;
  weightedVotes: number;
  myVote: { importance: Importance } | null;
  votesLeft: number | null;
  status: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
