import { sql, type Kysely } from 'kysely';

// The cases module's tables: complaints and service requests handled as in ISO 10002 clause 8.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table case_settings (
      workspace_id uuid primary key,
      remedy_menu jsonb not null,
      external_recourse text not null default '',
      reopen_days int not null default 14,
      warn_minutes int not null default 60,
      default_team_id uuid,
      default_warranty_months int not null default 12,
      -- [{ "product": "洗衣机", "months": 36 }]: the warranty term of each product line.
      warranty_terms jsonb not null default '[]',
      updated_at timestamptz not null default now()
    );

    -- Holidays and make-up working days (China's adjusted working weekends) per workspace.
    create table case_calendar_days (
      workspace_id uuid not null,
      day date not null,
      kind text not null check (kind in ('holiday', 'workday')),
      name text not null default '',
      primary key (workspace_id, day)
    );

    create table case_sla_policies (
      workspace_id uuid not null,
      priority text not null check (priority in ('low', 'normal', 'high', 'urgent')),
      case_type text not null check (case_type in ('*', 'complaint', 'repair', 'question')),
      first_response_minutes int not null,
      next_response_minutes int not null,
      resolution_minutes int not null,
      primary key (workspace_id, priority, case_type)
    );

    create table case_teams (
      workspace_id uuid not null,
      id uuid not null,
      name text not null,
      assignment text not null check (assignment in ('manual', 'round_robin', 'least_loaded')),
      last_assigned_user_id uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create table case_team_members (
      workspace_id uuid not null,
      team_id uuid not null,
      user_id uuid not null,
      primary key (workspace_id, team_id, user_id),
      foreign key (workspace_id, team_id) references case_teams (workspace_id, id) on delete cascade
    );

    create table case_root_causes (
      workspace_id uuid not null,
      id uuid not null,
      parent_id uuid,
      name text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    create table case_macros (
      workspace_id uuid not null,
      id uuid not null,
      name text not null,
      body text not null,
      internal boolean not null default false,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );

    -- One row per workspace and year: the increment happens in the filing transaction, so a
    -- rolled-back filing gives its number back and concurrent filings queue on the row lock.
    create table case_number_counters (
      workspace_id uuid not null,
      year int not null,
      last_value int not null,
      primary key (workspace_id, year)
    );

    create table cases (
      workspace_id uuid not null,
      id uuid not null,
      number text not null,
      customer_id uuid not null,
      recorded_by uuid,
      channel text not null check (channel in ('portal', 'phone', 'email', 'store')),
      type text not null check (type in ('complaint', 'repair', 'question')),
      status text not null check (status in ('new', 'open', 'waiting_on_customer', 'remedy_offered',
        'remedy_accepted', 'remedy_rejected', 'carried_out', 'resolved', 'merged')),
      subject text not null,
      description text not null,
      product text not null default '',
      model text not null default '',
      serial_number text not null default '',
      purchase_date date,
      requested_remedy text not null default '',
      severity text not null default 'medium' check (severity in ('low', 'medium', 'high', 'critical')),
      priority text not null default 'normal' check (priority in ('low', 'normal', 'high', 'urgent')),
      safety boolean not null default false,
      warranty_months int,
      warranty_status text not null default 'unknown' check (warranty_status in ('in_warranty', 'out_of_warranty', 'unknown')),
      warranty_until date,
      team_id uuid,
      assignee_id uuid,
      root_cause_id uuid,
      idea_id uuid,
      idea_title text,
      merged_into_id uuid,
      escalated_at timestamptz,
      decline_reason text,
      -- Higher comes first in the queue: safety, then priority.
      queue_rank smallint not null,
      -- The SLA clocks run from sla_started_at (filing or reopening) in working minutes, minus
      -- the working minutes spent waiting on the customer (sla_paused_minutes).
      sla_started_at timestamptz not null,
      sla_paused_minutes int not null default 0,
      awaiting_reply_since timestamptz,
      first_response_due_at timestamptz,
      first_responded_at timestamptz,
      next_response_due_at timestamptz,
      resolution_due_at timestamptz,
      sla_due_at timestamptz,
      sla_paused_at timestamptz,
      sla_warned_at timestamptz,
      sla_breached_at timestamptz,
      resolved_at timestamptz,
      reopen_until timestamptz,
      reopened_count int not null default 0,
      satisfaction int check (satisfaction between 1 and 5),
      satisfaction_comment text,
      search_tokens text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create unique index cases_number on cases (workspace_id, number);
    create index cases_customer on cases (workspace_id, customer_id, created_at desc);
    create index cases_queue on cases (workspace_id, queue_rank desc, created_at, id)
      where status not in ('resolved', 'merged');
    create index cases_queue_assignee on cases (workspace_id, assignee_id, queue_rank desc, created_at, id)
      where status not in ('resolved', 'merged');
    create index cases_queue_team on cases (workspace_id, team_id, queue_rank desc, created_at, id)
      where status not in ('resolved', 'merged');
    -- Safety cases are few: without their own index the planner sorts every open case for them.
    create index cases_queue_safety on cases (workspace_id, queue_rank desc, created_at, id)
      where status not in ('resolved', 'merged') and safety;
    create index cases_sla_due on cases (workspace_id, sla_due_at, id)
      where status not in ('resolved', 'merged') and sla_due_at is not null;
    create index cases_sla_scan on cases (sla_due_at)
      where status not in ('resolved', 'merged') and sla_due_at is not null;
    create index cases_created on cases (workspace_id, created_at);
    create index cases_search on cases using gin (to_tsvector('simple', search_tokens));

    create table case_messages (
      workspace_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      author_id uuid,
      author_kind text not null check (author_kind in ('customer', 'agent', 'system')),
      internal boolean not null default false,
      body text not null,
      body_html text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index case_messages_case on case_messages (workspace_id, case_id, created_at);

    create table case_offers (
      workspace_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      round int not null,
      remedy text not null,
      terms text not null,
      slots jsonb not null default '[]',
      status text not null check (status in ('offered', 'accepted', 'declined', 'superseded')),
      chosen_slot_id text,
      decline_reason text,
      decided_at timestamptz,
      carried_out_at timestamptz,
      created_by uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index case_offers_case on case_offers (workspace_id, case_id, round);

    create table case_history (
      workspace_id uuid not null,
      id uuid not null,
      case_id uuid not null,
      actor_id uuid,
      actor_label text not null,
      action text not null,
      changes jsonb not null default '{}',
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index case_history_case on case_history (workspace_id, case_id, id);

    create table case_cocreation_invitations (
      workspace_id uuid not null,
      customer_id uuid not null,
      case_id uuid not null,
      invited_by uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, customer_id)
    );
  `.execute(db);
}
