import type { ColumnType, Generated } from 'kysely';
import type { Json } from '../../platform/db/index.js';

export type CaseType = 'complaint' | 'repair' | 'question';
export type CaseStatus =
  | 'new'
  | 'open'
  | 'waiting_on_customer'
  | 'remedy_offered'
  | 'remedy_accepted'
  | 'remedy_rejected'
  | 'carried_out'
  | 'resolved'
  | 'merged';
export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type Priority = 'low' | 'normal' | 'high' | 'urgent';
export type Channel = 'portal' | 'phone' | 'email' | 'store';
export type WarrantyStatus = 'in_warranty' | 'out_of_warranty' | 'unknown';
export type Assignment = 'manual' | 'round_robin' | 'least_loaded';

type Now = ColumnType<Date, Date | string | undefined, Date | string>;
type Stamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `date` columns come back as Date from pg; we write 'YYYY-MM-DD'. */
type Day = ColumnType<Date | string | null, string | null | undefined, string | null>;

export interface CaseSettingsTable {
  workspace_id: string;
  remedy_menu: Json;
  external_recourse: ColumnType<string, string | undefined, string>;
  reopen_days: ColumnType<number, number | undefined, number>;
  warn_minutes: ColumnType<number, number | undefined, number>;
  default_team_id: string | null;
  default_warranty_months: ColumnType<number, number | undefined, number>;
  warranty_terms: ColumnType<WarrantyTerm[], string | undefined, string>;
  updated_at: Now;
}

export interface WarrantyTerm {
  product: string;
  months: number;
}

export interface RemedyOption {
  key: string;
  labelEn: string;
  labelZh: string;
}

export interface CaseCalendarDaysTable {
  workspace_id: string;
  day: ColumnType<Date | string, string, string>;
  kind: 'holiday' | 'workday';
  name: ColumnType<string, string | undefined, string>;
}

export interface CaseSlaPoliciesTable {
  workspace_id: string;
  priority: Priority;
  case_type: CaseType | '*';
  first_response_minutes: number;
  next_response_minutes: number;
  resolution_minutes: number;
}

export interface CaseTeamsTable {
  workspace_id: string;
  id: string;
  name: string;
  assignment: Assignment;
  last_assigned_user_id: string | null;
  created_at: Now;
}

export interface CaseTeamMembersTable {
  workspace_id: string;
  team_id: string;
  user_id: string;
}

export interface CaseRootCausesTable {
  workspace_id: string;
  id: string;
  parent_id: string | null;
  name: string;
  created_at: Now;
}

export interface CaseMacrosTable {
  workspace_id: string;
  id: string;
  name: string;
  body: string;
  internal: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Now;
}

export interface CaseNumberCountersTable {
  workspace_id: string;
  year: number;
  last_value: number;
}

export interface CasesTable {
  workspace_id: string;
  id: string;
  number: string;
  customer_id: string;
  recorded_by: string | null;
  channel: Channel;
  type: CaseType;
  status: CaseStatus;
  subject: string;
  description: string;
  product: ColumnType<string, string | undefined, string>;
  model: ColumnType<string, string | undefined, string>;
  serial_number: ColumnType<string, string | undefined, string>;
  purchase_date: Day;
  requested_remedy: ColumnType<string, string | undefined, string>;
  severity: ColumnType<Severity, Severity | undefined, Severity>;
  priority: ColumnType<Priority, Priority | undefined, Priority>;
  safety: ColumnType<boolean, boolean | undefined, boolean>;
  warranty_months: number | null;
  warranty_status: ColumnType<WarrantyStatus, WarrantyStatus | undefined, WarrantyStatus>;
  warranty_until: Day;
  team_id: string | null;
  assignee_id: string | null;
  root_cause_id: string | null;
  idea_id: string | null;
  idea_title: string | null;
  merged_into_id: string | null;
  escalated_at: Stamp;
  decline_reason: string | null;
  queue_rank: number;
  sla_started_at: Now;
  sla_paused_minutes: ColumnType<number, number | undefined, number>;
  awaiting_reply_since: Stamp;
  first_response_due_at: Stamp;
  first_responded_at: Stamp;
  next_response_due_at: Stamp;
  resolution_due_at: Stamp;
  sla_due_at: Stamp;
  sla_paused_at: Stamp;
  sla_warned_at: Stamp;
  sla_breached_at: Stamp;
  resolved_at: Stamp;
  reopen_until: Stamp;
  reopened_count: ColumnType<number, number | undefined, number>;
  satisfaction: number | null;
  satisfaction_comment: string | null;
  search_tokens: ColumnType<string, string | undefined, string>;
  created_at: Now;
  updated_at: Now;
}

export interface CaseMessagesTable {
  workspace_id: string;
  id: string;
  case_id: string;
  author_id: string | null;
  author_kind: 'customer' | 'agent' | 'system';
  internal: ColumnType<boolean, boolean | undefined, boolean>;
  body: string;
  body_html: string;
  created_at: Now;
}

export interface OfferSlot {
  id: string;
  startsAt: string;
  endsAt: string;
}

export interface CaseOffersTable {
  workspace_id: string;
  id: string;
  case_id: string;
  round: number;
  remedy: string;
  terms: string;
  slots: ColumnType<OfferSlot[], string | undefined, string>;
  status: 'offered' | 'accepted' | 'declined' | 'superseded';
  chosen_slot_id: string | null;
  decline_reason: string | null;
  decided_at: Stamp;
  carried_out_at: Stamp;
  created_by: string | null;
  created_at: Now;
}

export interface CaseHistoryTable {
  workspace_id: string;
  id: string;
  case_id: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  changes: ColumnType<Record<string, unknown>, string | undefined, never>;
  created_at: Generated<Date>;
}

export interface CaseCocreationInvitationsTable {
  workspace_id: string;
  customer_id: string;
  case_id: string;
  invited_by: string | null;
  created_at: Now;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    case_settings: CaseSettingsTable;
    case_calendar_days: CaseCalendarDaysTable;
    case_sla_policies: CaseSlaPoliciesTable;
    case_teams: CaseTeamsTable;
    case_team_members: CaseTeamMembersTable;
    case_root_causes: CaseRootCausesTable;
    case_macros: CaseMacrosTable;
    case_number_counters: CaseNumberCountersTable;
    cases: CasesTable;
    case_messages: CaseMessagesTable;
    case_offers: CaseOffersTable;
    case_history: CaseHistoryTable;
    case_cocreation_invitations: CaseCocreationInvitationsTable;
  }
}
