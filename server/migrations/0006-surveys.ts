import { sql, type Kysely } from 'kysely';

// The surveys module's tables. Analytics read survey_counts (kept exact by a subscriber on
// surveys.response.completed), never the responses themselves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table survey_settings (
      workspace_id uuid not null,
      contact_cooldown_days int not null default 14 check (contact_cooldown_days between 0 and 365),
      updated_at timestamptz not null default now(),
      primary key (workspace_id)
    );

    create table surveys (
      workspace_id uuid not null,
      id uuid not null,
      slug text not null,
      title jsonb not null,
      welcome jsonb not null,
      thanks jsonb not null,
      questions jsonb not null,
      status text not null default 'draft' check (status in ('draft', 'open', 'closed')),
      opens_at timestamptz,
      closes_at timestamptz,
      sampling_rate real not null default 1 check (sampling_rate > 0 and sampling_rate <= 1),
      quota int check (quota > 0),
      contact_cooldown_days int check (contact_cooldown_days between 0 and 365),
      trigger_events text[] not null default '{}',
      widget_events text[] not null default '{}',
      audience jsonb not null default '{}',
      feedback_button boolean not null default false,
      anonymous boolean not null default false,
      completed_count int not null default 0,
      created_by uuid,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create unique index surveys_slug on surveys (workspace_id, slug);
    create index surveys_triggers on surveys using gin (trigger_events) where status = 'open';

    create table survey_invitations (
      workspace_id uuid not null,
      token_hash text not null,
      survey_id uuid not null,
      user_id uuid,
      email text,
      channel text not null,
      touchpoint text,
      entity_type text,
      entity_id text,
      source_event_id uuid,
      response_id uuid,
      used_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, token_hash),
      foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade
    );
    create unique index survey_invitations_event on survey_invitations (workspace_id, survey_id, source_event_id) where source_event_id is not null;

    create table survey_responses (
      workspace_id uuid not null,
      id uuid not null,
      survey_id uuid not null,
      customer_id uuid,
      token_hash text not null,
      invitation_hash text,
      status text not null default 'in_progress' check (status in ('in_progress', 'completed')),
      answers jsonb not null default '{}',
      channel text not null,
      touchpoint text,
      locale text not null,
      segment text,
      entity_type text,
      entity_id text,
      started_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      completed_at timestamptz,
      rolled_up boolean not null default false,
      search_tokens text not null default '',
      primary key (workspace_id, id),
      foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade
    );
    create index survey_responses_list on survey_responses (workspace_id, survey_id, completed_at desc, id desc) where status = 'completed';
    create index survey_responses_customer on survey_responses (workspace_id, customer_id, survey_id, completed_at) where customer_id is not null;
    create index survey_responses_search on survey_responses using gin (to_tsvector('simple', search_tokens));

    create table survey_counts (
      workspace_id uuid not null,
      survey_id uuid not null,
      question_id text not null,
      day date not null,
      channel text not null,
      touchpoint text not null,
      locale text not null,
      segment text not null,
      value int not null,
      n bigint not null,
      primary key (workspace_id, survey_id, question_id, day, channel, touchpoint, locale, segment, value)
    );

    -- The same counts without the dimensions: unfiltered summaries and trends read a few rows a day.
    create table survey_daily_counts (
      workspace_id uuid not null,
      survey_id uuid not null,
      question_id text not null,
      day date not null,
      value int not null,
      n bigint not null,
      primary key (workspace_id, survey_id, question_id, day, value)
    );

    -- And over all time: the unfiltered summary and KANO analysis read one row per answer value.
    create table survey_totals (
      workspace_id uuid not null,
      survey_id uuid not null,
      question_id text not null,
      value int not null,
      n bigint not null,
      primary key (workspace_id, survey_id, question_id, value)
    );

    create table survey_contacts (
      workspace_id uuid not null,
      contact_key text not null,
      asked_at timestamptz not null,
      survey_id uuid not null,
      channel text not null,
      primary key (workspace_id, contact_key, asked_at, survey_id)
    );

    create table survey_opt_outs (
      workspace_id uuid not null,
      contact_key text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, contact_key)
    );

    create table survey_followups (
      workspace_id uuid not null,
      id uuid not null,
      survey_id uuid not null,
      response_id uuid not null,
      question_id text not null,
      customer_id uuid,
      kind text not null check (kind in ('detractor', 'low_csat')),
      score int not null,
      status text not null default 'open' check (status in ('open', 'closed')),
      assignee_id uuid,
      notes jsonb not null default '[]',
      outcome text check (outcome in ('contacted', 'resolved', 'no_answer')),
      next_response_id uuid,
      next_score int,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz,
      primary key (workspace_id, id),
      foreign key (workspace_id, survey_id) references surveys (workspace_id, id) on delete cascade
    );
    create unique index survey_followups_response on survey_followups (workspace_id, response_id, question_id);
    create index survey_followups_list on survey_followups (workspace_id, status, created_at desc);
    create index survey_followups_customer on survey_followups (workspace_id, customer_id, survey_id) where customer_id is not null;
  `.execute(db);
}
