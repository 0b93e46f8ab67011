import type { Selectable } from 'kysely';
import { questionsOf, type SurveyRow } from './survey-rows.js';
import type { SurveyFollowupsTable } from './tables.js';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export function presentSurvey(s: SurveyRow) {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    welcome: s.welcome,
    thanks: s.thanks,
    questions: questionsOf(s),
    status: s.status,
    opensAt: iso(s.opens_at),
    closesAt: iso(s.closes_at),
    samplingRate: s.sampling_rate,
    quota: s.quota,
    contactCooldownDays: s.contact_cooldown_days,
    triggerEvents: s.trigger_events,
    widgetEvents: s.widget_events,
    audience: s.audience,
    feedbackButton: s.feedback_button,
    anonymous: s.anonymous,
    completedCount: s.completed_count,
    publicPath: `/s/${s.slug}`,
    createdAt: s.created_at.toISOString(),
    updatedAt: s.updated_at.toISOString(),
  };
}

export function presentPublicSurvey(s: SurveyRow) {
  return {
    id: s.id,
    slug: s.slug,
    title: s.title,
    welcome: s.welcome,
    thanks: s.thanks,
    questions: questionsOf(s),
    anonymous: s.anonymous,
  };
}

/** A survey in the list of open surveys anyone may answer. */
export function presentPublicSurveyListItem(s: SurveyRow) {
  return { id: s.id, slug: s.slug, title: s.title, welcome: s.welcome };
}

export type FollowupRow = Selectable<SurveyFollowupsTable> & {
  survey_title: SurveyRow['title'];
  customer_name: string | null;
  customer_email: string | null;
  assignee_name: string | null;
  comment: string | null;
};

export function presentFollowup(f: FollowupRow) {
  return {
    id: f.id,
    surveyId: f.survey_id,
    surveyTitle: f.survey_title,
    responseId: f.response_id,
    questionId: f.question_id,
    customer: f.customer_id ? { id: f.customer_id, name: f.customer_name, email: f.customer_email } : null,
    kind: f.kind,
    score: f.score,
    comment: f.comment,
    status: f.status,
    assignee: f.assignee_id ? { id: f.assignee_id, name: f.assignee_name } : null,
    notes: f.notes,
    outcome: f.outcome,
    nextResponse: f.next_response_id ? { id: f.next_response_id, score: f.next_score } : null,
    createdAt: f.created_at.toISOString(),
    closedAt: iso(f.closed_at),
  };
}
