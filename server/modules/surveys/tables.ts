import type { ColumnType, Generated } from 'kysely';

type Now = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb: read as parsed JSON, written as a JSON string. */
type JsonOf<T> = ColumnType<T, string, string>;
type JsonDefault<T> = ColumnType<T, string | undefined, string>;

export type LocalText = { en: string; 'zh-CN': string };
export type SurveyStatus = 'draft' | 'open' | 'closed';

export interface SurveySettingsTable {
  workspace_id: string;
  contact_cooldown_days: ColumnType<number, number | undefined, number>;
  updated_at: Now;
}

export interface SurveysTable {
  workspace_id: string;
  id: string;
  slug: string;
  title: JsonOf<LocalText>;
  welcome: JsonOf<LocalText>;
  thanks: JsonOf<LocalText>;
  questions: JsonOf<unknown>;
  status: ColumnType<SurveyStatus, SurveyStatus | undefined, SurveyStatus>;
  opens_at: Date | null;
  closes_at: Date | null;
  sampling_rate: ColumnType<number, number | undefined, number>;
  quota: number | null;
  contact_cooldown_days: number | null;
  trigger_events: ColumnType<string[], string[] | undefined, string[]>;
  widget_events: ColumnType<string[], string[] | undefined, string[]>;
  audience: JsonDefault<Record<string, string | number | boolean>>;
  feedback_button: ColumnType<boolean, boolean | undefined, boolean>;
  anonymous: ColumnType<boolean, boolean | undefined, boolean>;
  completed_count: Generated<number>;
  created_by: string | null;
  created_at: Now;
  updated_at: Now;
}

export interface SurveyInvitationsTable {
  workspace_id: string;
  token_hash: string;
  survey_id: string;
  user_id: string | null;
  email: string | null;
  channel: string;
  touchpoint: string | null;
  entity_type: string | null;
  entity_id: string | null;
  source_event_id: string | null;
  response_id: string | null;
  used_at: Date | null;
  created_at: Now;
}

export type ResponseStatus = 'in_progress' | 'completed';

export interface SurveyResponsesTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  customer_id: string | null;
  token_hash: string;
  invitation_hash: string | null;
  status: ColumnType<ResponseStatus, ResponseStatus | undefined, ResponseStatus>;
  answers: JsonDefault<Record<string, unknown>>;
  channel: string;
  touchpoint: string | null;
  locale: string;
  segment: string | null;
  entity_type: string | null;
  entity_id: string | null;
  started_at: Now;
  updated_at: Now;
  completed_at: Date | null;
  rolled_up: ColumnType<boolean, boolean | undefined, boolean>;
  search_tokens: ColumnType<string, string | undefined, string>;
}

export interface SurveyCountsTable {
  workspace_id: string;
  survey_id: string;
  question_id: string;
  // Read only through to_char(): pg would turn a date into a local-midnight Date.
  day: string;
  channel: string;
  touchpoint: string;
  locale: string;
  segment: string;
  value: number;
  n: ColumnType<string, number | string, number | string>;
}

export interface SurveyDailyCountsTable {
  workspace_id: string;
  survey_id: string;
  question_id: string;
  day: string;
  value: number;
  n: ColumnType<string, number | string, number | string>;
}

export interface SurveyTotalsTable {
  workspace_id: string;
  survey_id: string;
  question_id: string;
  value: number;
  n: ColumnType<string, number | string, number | string>;
}

export interface SurveyContactsTable {
  workspace_id: string;
  /** `user:<id>` or `email:<address>`: the budget holds for people known only by email too. */
  contact_key: string;
  asked_at: Date;
  survey_id: string;
  channel: string;
}

export interface SurveyOptOutsTable {
  workspace_id: string;
  contact_key: string;
  created_at: Now;
}

export type FollowupOutcome = 'contacted' | 'resolved' | 'no_answer';
export interface FollowupNote {
  authorId: string | null;
  body: string;
  at: string;
}

export interface SurveyFollowupsTable {
  workspace_id: string;
  id: string;
  survey_id: string;
  response_id: string;
  question_id: string;
  customer_id: string | null;
  kind: 'detractor' | 'low_csat';
  score: number;
  status: ColumnType<'open' | 'closed', 'open' | 'closed' | undefined, 'open' | 'closed'>;
  assignee_id: string | null;
  notes: JsonDefault<FollowupNote[]>;
  outcome: FollowupOutcome | null;
  next_response_id: string | null;
  next_score: number | null;
  created_at: Now;
  updated_at: Now;
  closed_at: Date | null;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    survey_settings: SurveySettingsTable;
    surveys: SurveysTable;
    survey_invitations: SurveyInvitationsTable;
    survey_responses: SurveyResponsesTable;
    survey_counts: SurveyCountsTable;
    survey_daily_counts: SurveyDailyCountsTable;
    survey_totals: SurveyTotalsTable;
    survey_contacts: SurveyContactsTable;
    survey_opt_outs: SurveyOptOutsTable;
    survey_followups: SurveyFollowupsTable;
  }
}
