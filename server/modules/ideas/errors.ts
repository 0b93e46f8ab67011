import { conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import { catalogueErrors } from '../../platform/http/error-codes.js';

// The ideas module's refusals, each with the stable code clients switch on (see docs/api.md).

/** The idea does not exist in the workspace, or the caller may not see it (a private board, a hidden idea). */
export const ideaNotFound = () => notFound('The idea');

/** The board does not exist, is private to others, or is archived for a customer. */
export const boardNotFound = () => notFound('The board');

/** The comment does not exist in the workspace. */
export const commentNotFound = () => notFound('The comment');

/** The customer a vote is cast for does not exist, is not active, or (on behalf) is not a customer. */
export const customerNotFound = () => notFound('The customer');

/** A customer votes or comments on an idea that redirects to the one it was merged into. */
export const ideaMergedActHere = (act: 'vote' | 'comment') =>
  conflict('idea_merged', `This idea was merged into another; ${act} there.`);

/** Staff answer or move an idea that was merged into another. */
export const ideaMerged = () => conflict('idea_merged', 'This idea was merged into another.');

/** Staff merge a duplicate that was merged already. */
export const ideaMergedAlready = () => conflict('idea_merged', 'This idea was merged already.');

/** Staff merge into an idea that itself redirects to another. */
export const mergeTargetMerged = () =>
  conflict('idea_merged', 'The target idea was itself merged; merge into the one it points to.');

/** A vote, or a customer's comment, on an idea staff locked. */
export const ideaLocked = () => conflict('idea_locked', 'This idea is locked.');

/** A vote on an idea that shipped or was declined. */
export const ideaClosed = () => conflict('idea_closed', 'This idea is closed for votes.');

/** A vote on a board whose vote budget the customer has used up. */
export const voteBudgetSpent = (budget: number) =>
  conflict(
    'vote_budget_spent',
    `All ${budget} votes on this board are in use; they come back when an idea ships or is declined, or when you withdraw one.`,
  );

/** Someone other than its author edits a comment. */
export const notCommentAuthor = () => forbidden('Only the author may edit a comment.');

/** The author edits a comment after the edit window (presenters' COMMENT_EDIT_WINDOW_MS). */
export const editWindowClosed = () =>
  conflict('edit_window_closed', 'Comments can be edited for 15 minutes after posting.');

/** A new board asks for a slug another board of the workspace has. */
export const slugTaken = () => conflict('slug_taken', 'Another board has this address.');

/** A new status workflow drops statuses that ideas still have. */
export const statusInUse = (statuses: string[]) =>
  conflict('status_in_use', `Ideas still have these statuses: ${statuses.join(', ')}`);

/** An idea submitted to an archived board. */
export const boardArchived = () => invalid('body.board', 'is archived');

/** An idea submitted with tags its board does not offer. */
export const unknownTags = (tags: string[]) => invalid('body.tags', `not tags of this board: ${tags.join(', ')}`);

/** A reply to a comment that is not on the same idea. */
export const parentNotOnIdea = () => invalid('body.parentId', 'is not a comment on this idea');

/** Board members that include someone who is not in the workspace. */
export const memberNotInWorkspace = () => invalid('body.memberIds', 'names someone who is not in this workspace');

/** A status workflow that names one key twice. */
export const statusKeyTwice = () => invalid('body.items', 'has a key twice');

/** A status workflow without a status for new ideas. */
export const noOpenStatus = () => invalid('body.items', 'needs a status of stage "open" for new ideas');

/** A status change to a key the workspace's workflow does not have. */
export const unknownStatus = () => invalid('body.status', 'is not a status of this workspace');

/** A merge of an idea into itself. */
export const mergeIntoItself = () => invalid('body.intoId', 'is the idea itself');

/** The codes above, for the API's error catalogue (docs/api.md, the OpenAPI Problem schema). */
export const errorCodes = catalogueErrors('ideas', {
  idea_merged: { status: 409, meaning: 'The idea was merged into another; act on that one (its id is in the idea).' },
  idea_locked: { status: 409, meaning: 'Staff locked the idea: no votes or customer comments.' },
  idea_closed: { status: 409, meaning: 'The idea shipped or was declined: no more votes.' },
  vote_budget_spent: { status: 409, meaning: "The customer's votes on the board are all in use." },
  edit_window_closed: { status: 409, meaning: 'Comments can be edited for 15 minutes after posting.' },
  slug_taken: { status: 409, meaning: 'Another board, survey or workspace has this address (slug).' },
  status_in_use: { status: 409, meaning: 'Ideas still have a status the new workflow drops.' },
});
