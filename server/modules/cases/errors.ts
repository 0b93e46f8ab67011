import { AppError, conflict, invalid, notFound } from '../../platform/errors.js';
import { catalogueErrors } from '../../platform/http/error-codes.js';

// The cases module's refusals, each with the stable code clients switch on (docs/api.md).
// Generic ones (not_found, validation_failed) come from the platform's factories; the field
// names are the request's, so a caller sees which input was wrong.

/** The case does not exist in the workspace, or is another customer's (ids leak nothing). */
export const caseNotFound = () => notFound('The case');
/** A team id in the path names no team of the workspace. */
export const teamNotFound = () => notFound('The team');
/** A root-cause id in the path names no root cause of the workspace. */
export const rootCauseNotFound = () => notFound('The root cause');
/** A macro id names no saved reply of the workspace. */
export const macroNotFound = () => notFound('The macro');

/** An agent offers remedies on, or a customer escalates, a resolved or merged case. */
export const caseClosed = () => conflict('case_closed', 'This case is closed.');
/** The customer writes on a resolved or merged case; reopening comes first. */
export const caseClosedToMessages = () => conflict('case_closed', 'This case is closed; reopen it to add to it.');
/** A case being resolved (alone or in a bulk update) is already resolved or merged. */
export const caseAlreadyClosed = (number: string) => conflict('case_closed', `Case ${number} is already closed.`);
/** A merge names a closed case, or a target that is merged itself. */
export const mergeNeedsOpenCases = () =>
  conflict('case_closed', 'Only open cases can be merged, into a case that is not merged itself.');
/** A case is resolved while the customer still has an offer to answer. */
export const offerPending = (number: string) =>
  conflict('offer_pending', `The customer has not answered the offer on case ${number} yet.`);
/** The customer reopens a case that is not resolved. */
export const reopenNeedsResolved = () => conflict('not_resolved', 'Only a resolved case can be reopened.');
/** The customer rates a case that is not resolved. */
export const ratingNeedsResolved = () => conflict('not_resolved', 'You can rate a case once it is resolved.');
/** The customer reopens a resolved case after the workspace's reopen period. */
export const reopenPeriodOver = () =>
  conflict('reopen_period_over', 'The period for reopening this case is over; please file a new case.');
/** The customer decides on remedies while no offer is open. */
export const noOpenOffer = () => conflict('no_open_offer', 'There is no offer waiting for your decision.');
/** An agent marks a remedy carried out before the customer accepted one. */
export const noAcceptedRemedy = () => conflict('no_accepted_remedy', 'The customer has not accepted a remedy yet.');
/** The customer asks for a supervisor's review a second time. */
export const alreadyEscalated = () => conflict('already_escalated', 'A supervisor is already reviewing this case.');
/** The customer of the case was invited into the co-creation programme before. */
export const alreadyInvited = () =>
  conflict('already_invited', 'This customer has already been invited into the co-creation programme.');
/** A root cause to remove is tagged on cases or is the parent of other causes. */
export const rootCauseInUse = () => conflict('root_cause_in_use', 'Cases or other causes use this root cause.');

/** A team id in the body (`field`) names no team of the workspace. */
export const notATeam = (field: string) => invalid(field, 'is not a team of this workspace');
/** A root-cause id in the body (`field`) names no root cause of the workspace. */
export const notARootCause = (field: string) => invalid(field, 'is not a root cause of this workspace');
/** An assignee is not an active agent (or other case worker) of the workspace. */
export const notAnAgent = () => invalid('body.assigneeId', 'is not an agent of this workspace');
/** A team's members include someone who is not a case worker of the workspace. */
export const notAllAgents = () => invalid('body.memberIds', 'contains someone who is not an agent of this workspace');
/** Automatic assignment is asked for without a team whose rule could pick an agent. */
export const autoAssignmentNeedsTeam = () => invalid('body.teamId', 'automatic assignment needs a team');
/** A case is merged into itself. */
export const mergeIntoItself = () => invalid('body.intoCaseId', 'is the case itself');
/** A case is merged into a case of another customer. */
export const mergeAcrossCustomers = () => invalid('body.intoCaseId', 'belongs to another customer');
/** A case is linked to an idea that is not in the workspace. */
export const notAnIdea = () => invalid('body.ideaId', 'is not an idea of this workspace');
/** An offered remedy (the `index`th of the offers) is not on the workspace's remedy menu. */
export const notOnRemedyMenu = (index: number) => invalid(`body.offers.${index}.remedy`, 'is not on the remedy menu');
/** The customer accepts an offer that is not open on the case. */
export const notAnOpenOffer = () => invalid('body.offerId', 'is not one of the open offers');
/** The customer accepts a remedy with slots without choosing one of them. */
export const slotNotOffered = () => invalid('body.slotId', 'choose one of the offered appointment slots');
/** The customer names a slot for a remedy that has none. */
export const remedyHasNoSlots = () => invalid('body.slotId', 'this remedy has no appointment slots');
/** The SLA policies name one priority and case type twice. */
export const duplicatePolicies = () => invalid('body.items', 'has two policies for the same priority and case type');
/** The calendar names one day twice. */
export const calendarDayTwice = () => invalid('body.items', 'names a day twice');

/** An error refusing one case of a bulk update, its detail prefixed with that case's number. */
export const inBulk = (number: string, error: AppError) =>
  new AppError(error.code, error.status, `${number}: ${error.detail}`);

/** The codes above, for the API's error catalogue (docs/api.md, the OpenAPI Problem schema). */
export const errorCodes = catalogueErrors('cases', {
  case_closed: { status: 409, meaning: 'The case is resolved or merged; reopen it (customers) or pick an open case.' },
  offer_pending: { status: 409, meaning: 'The customer has not answered the remedies offered on the case yet.' },
  not_resolved: { status: 409, meaning: 'Only a resolved case can be reopened or rated.' },
  reopen_period_over: {
    status: 409,
    meaning: "The workspace's period for reopening the case is over; file a new case.",
  },
  no_open_offer: { status: 409, meaning: 'There is no offer of remedies waiting for the customer.' },
  no_accepted_remedy: { status: 409, meaning: 'The customer has not accepted a remedy yet.' },
  already_escalated: { status: 409, meaning: 'A supervisor is already reviewing the case.' },
  already_invited: { status: 409, meaning: 'The customer was already invited into the co-creation programme.' },
  root_cause_in_use: { status: 409, meaning: 'Cases or other root causes use the root cause.' },
});
