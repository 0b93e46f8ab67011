/** Events of the ideas module (payload version 1); each carries the customer concerned. */
export const IdeasEvents = {
  ideaSubmitted: 'ideas.idea.submitted',
  ideaApproved: 'ideas.idea.approved',
  ideaUpdated: 'ideas.idea.updated',
  ideaMerged: 'ideas.idea.merged',
  ideaShipped: 'ideas.idea.shipped',
  voteCast: 'ideas.vote.cast',
  /** The voter said again how much the idea matters to them: its weighted votes moved. */
  voteChanged: 'ideas.vote.changed',
  voteWithdrawn: 'ideas.vote.withdrawn',
  commentPosted: 'ideas.comment.posted',
  commentEdited: 'ideas.comment.edited',
  commentReported: 'ideas.comment.reported',
  statusChanged: 'ideas.status.changed',
  answerPosted: 'ideas.answer.posted',
  thresholdReached: 'ideas.threshold.reached',
  ideaFollowed: 'ideas.idea.followed',
  ideaUnfollowed: 'ideas.idea.unfollowed',
} as const;

/**
 * From this payload version on, `ideas.status.changed`, `ideas.answer.posted` and
 * `ideas.idea.merged` carry what their notifications say, and the ideas module's subscriber tells
 * the followers when the event is delivered. Version 1 events were recorded by requests that told
 * the followers themselves, so the subscriber leaves them alone.
 */
export const NOTIFYING_VERSION = 2;

/** `ideas.status.changed`, version 2. */
export interface StatusChangedPayload {
  ideaId: string;
  from: string;
  to: string;
  /** The new status's stage; absent when the threshold moved the idea to review. */
  stage?: string;
  /** The public note staff wrote; absent when the threshold moved the idea. */
  note?: string;
  reason?: 'threshold';
  ideaTitle: string;
  /** The new status's name in each language, as it was called then. */
  statusNames: Record<string, string>;
}

/** `ideas.answer.posted`, version 2. */
export interface AnswerPostedPayload {
  ideaId: string;
  first: boolean;
  overdue: boolean;
  ideaTitle: string;
  /** The answer as plain text, shortened for notifications. */
  excerpt: string;
}

/** `ideas.idea.merged`, version 2: `ideaId` is the duplicate, `intoId` the original. */
export interface IdeaMergedPayload {
  ideaId: string;
  intoId: string;
  movedVotes: number;
  duplicateVotes: number;
  movedComments: number;
  ideaTitle: string;
  intoTitle: string;
  /** Who had voted for the duplicate: their support moved, and they are told even if they stopped following it. */
  voterIds: string[];
}
