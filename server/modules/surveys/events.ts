/** Events of the surveys module (payload version 1). */
export const SurveyEvents = {
  surveyPublished: 'surveys.survey.published',
  surveyClosed: 'surveys.survey.closed',
  invitationSent: 'surveys.invitation.sent',
  responseStarted: 'surveys.response.started',
  responseCompleted: 'surveys.response.completed',
  detractorDetected: 'surveys.detractor.detected',
  followupAssigned: 'surveys.followup.assigned',
  followupClosed: 'surveys.followup.closed',
  customerOptedOut: 'surveys.customer.opted_out',
} as const;

export interface ResponseCompletedPayload {
  surveyId: string;
  responseId: string;
  channel: string;
  entityType: string | null;
  entityId: string | null;
}

export interface DetractorDetectedPayload {
  followupId: string;
  surveyId: string;
  responseId: string;
  questionId: string;
  kind: 'detractor' | 'low_csat';
  score: number;
}
