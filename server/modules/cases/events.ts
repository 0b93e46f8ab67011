/** Events of the cases module (payload version 1). */
export const CaseEvents = {
  received: 'cases.case.received',
  acknowledged: 'cases.case.acknowledged',
  assessed: 'cases.case.assessed',
  safetyFlagged: 'cases.case.safety_flagged',
  assigned: 'cases.case.assigned',
  statusChanged: 'cases.case.status_changed',
  messagePosted: 'cases.message.posted',
  remedyOffered: 'cases.remedy.offered',
  remedyAccepted: 'cases.remedy.accepted',
  remedyRejected: 'cases.remedy.rejected',
  remedyCarriedOut: 'cases.remedy.carried_out',
  escalated: 'cases.case.escalated',
  resolved: 'cases.case.resolved',
  reopened: 'cases.case.reopened',
  rated: 'cases.case.rated',
  merged: 'cases.case.merged',
  linkedToIdea: 'cases.case.linked_to_idea',
  rootCauseTagged: 'cases.case.root_cause_tagged',
  invitedToCocreation: 'cases.customer.invited_to_cocreation',
  slaWarned: 'cases.sla.warned',
  slaBreached: 'cases.sla.breached',
} as const;

/** Payload of `cases.case.resolved`: what a survey needs to ask about the case. */
export interface CaseResolvedPayload {
  caseId: string;
  number: string;
  type: string;
  product: string;
  assigneeId: string | null;
  remedy: string | null;
  reopened: boolean;
}
