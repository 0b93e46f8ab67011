/** Events of the ideas module (payload version 1); each carries the customer concerned. */
export const IdeasEvents = {
  ideaSubmitted: 'ideas.idea.submitted',
  ideaApproved: 'ideas.idea.approved',
  ideaUpdated: 'ideas.idea.updated',
  ideaMerged: 'ideas.idea.merged',
  ideaShipped: 'ideas.idea.shipped',
  voteCast: 'ideas.vote.cast',
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
