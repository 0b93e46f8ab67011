import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { catalogueErrors } from '../../platform/http/error-codes.js';

/** A survey id or slug that is not in the workspace (or, by slug, a draft respondents may not see). */
export const surveyNotFound = () => notFound('The survey');

/** Answering a survey that takes no answers now; `reason` says why (not open, not yet, closed, quota met). */
export const surveyClosed = (reason: string) => new AppError('survey_closed', 409, reason);

/** Saving a survey under a slug another survey of the workspace uses. */
export const slugTaken = (slug: string) => conflict('slug_taken', `Another survey already uses /s/${slug}.`);

/** A KANO feature that links to an idea the workspace does not have. */
export const kanoIdeaUnknown = (questionIndex: number) =>
  invalid(`body.questions.${questionIndex}.kano.ideaId`, 'is not an idea of this workspace');

/** Changing the type of a question that already has answers. */
export const questionTypeLocked = (questionId: string) =>
  conflict(
    'question_type_locked',
    `Question ${questionId} already has answers; add a new question instead of changing its type.`,
  );

/** A personal link whose token matches no invitation of the survey. */
export const invitationNotFound = () => notFound('The invitation');

/** A personal link that was already used to answer. */
export const invitationUsed = () => conflict('invitation_used', 'This personal link has already been used to answer.');

/** Opting out anonymously without the token of a personal link. */
export const invitationNeeded = () => invalid('body.invitation', 'is needed unless you are signed in');

/** A response id with no response, or a token that does not match it (the two are not told apart). */
export const responseNotFound = () => notFound('The response');

/** Starting again or saving answers to a response that was already sent. */
export const responseCompleted = () => conflict('response_completed', 'This response has already been sent.');

/** An answer to a question the survey does not have. */
export const unknownAnswerQuestion = (questionId: string) =>
  invalid(`body.answers.${questionId}`, 'is not a question of this survey');

/** An answer its question's rules refuse; `message` says which rule. */
export const invalidAnswer = (questionId: string, message: string) => invalid(`body.answers.${questionId}`, message);

/** Sending a response without an answer to a required question. */
export const answerRequired = (questionId: string) => invalid(`body.answers.${questionId}`, 'is required');

/** An analytics request naming a question the survey does not have. */
export const unknownQuestionParam = () => invalid('query.questionId', 'is not a question of this survey');

/** A follow-up that is not in the workspace. */
export const followupNotFound = () => notFound('The follow-up');

/** Closing, or setting the outcome of, a follow-up that is already closed. */
export const followupClosed = () => conflict('followup_closed', 'This follow-up is already closed.');

/** Assigning a follow-up to a customer, a disabled person or someone unknown. */
export const assigneeNotStaff = () => invalid('body.assigneeId', 'must be an active staff member');

/** Closing a follow-up that has no outcome. */
export const outcomeRequired = () => invalid('body.outcome', 'is required to close a follow-up');

/** The codes above, for the API's error catalogue (docs/api.md, the OpenAPI Problem schema). */
export const errorCodes = catalogueErrors('surveys', {
  survey_closed: {
    status: 409,
    meaning: 'The survey takes no answers now (not open yet, closed, or its quota is met).',
  },
  slug_taken: { status: 409, meaning: 'Another board, survey or workspace has this address (slug).' },
  question_type_locked: {
    status: 409,
    meaning: 'The question has answers; add a new question instead of changing its type.',
  },
  invitation_used: { status: 409, meaning: 'The personal survey link was already used to answer.' },
  response_completed: { status: 409, meaning: 'The response was already sent.' },
  followup_closed: { status: 409, meaning: 'The follow-up is already closed.' },
});
