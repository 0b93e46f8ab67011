import { sql, type Kysely } from 'kysely';

// The ideas module's tables. Counters that lists sort by (votes, weighted demand, comments,
// trending) live in the idea row and change in the same transaction as the vote or comment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    create table idea_statuses (
      workspace_id uuid not null,
      key text not null,
      position int not null,
      -- What the status means to the product: the roadmap columns and the vote budget read it.
      stage text not null check (stage in ('open', 'review', 'planned', 'in_progress', 'shipped', 'declined')),
      names jsonb not null,
      primary key (workspace_id, key)
    );

    create table idea_boards (
      workspace_id uuid not null,
      id uuid not null,
      slug text not null,
      name text not null,
      description text not null default '',
      visibility text not null default 'public' check (visibility in ('public', 'private')),
      access_segments text[] not null default '{}',
      tags text[] not null default '{}',
      vote_budget int check (vote_budget > 0),
      importance_enabled boolean not null default false,
      weight_rule jsonb not null default '{}',
      threshold_supporters int check (threshold_supporters > 0),
      threshold_share numeric check (threshold_share > 0 and threshold_share <= 100),
      answer_days int not null default 30,
      premoderation text not null default 'off' check (premoderation in ('off', 'new_customers', 'all')),
      position int not null default 0,
      archived_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create unique index idea_boards_slug on idea_boards (workspace_id, slug);

    create table idea_board_members (
      workspace_id uuid not null,
      board_id uuid not null,
      user_id uuid not null,
      primary key (workspace_id, board_id, user_id)
    );

    create table ideas (
      workspace_id uuid not null,
      id uuid not null,
      board_id uuid not null,
      author_id uuid,
      title text not null,
      title_norm text not null,
      body text not null default '',
      body_html text not null default '',
      tags text[] not null default '{}',
      status text not null default 'open',
      moderation text not null default 'visible' check (moderation in ('pending', 'visible', 'hidden')),
      locked boolean not null default false,
      vote_count int not null default 0,
      weighted_votes numeric not null default 0,
      comment_count int not null default 0,
      trending_score double precision not null default 0,
      merged_into uuid,
      rice_impact numeric,
      rice_confidence numeric,
      rice_effort numeric,
      threshold_reached_at timestamptz,
      answer_due_at timestamptz,
      first_answer_at timestamptz,
      answer_body text,
      answer_html text,
      answer_by uuid,
      answer_at timestamptz,
      shipped_at timestamptz,
      search_tokens text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    -- One partial index per list order; "listed" = visible and not merged away.
    create index ideas_trending on ideas (workspace_id, board_id, trending_score desc, id desc) where moderation = 'visible' and merged_into is null;
    create index ideas_top on ideas (workspace_id, board_id, vote_count desc, id desc) where moderation = 'visible' and merged_into is null;
    create index ideas_newest on ideas (workspace_id, board_id, id desc) where moderation = 'visible' and merged_into is null;
    create index ideas_status on ideas (workspace_id, status, id desc) where moderation = 'visible' and merged_into is null;
    create index ideas_search on ideas using gin (to_tsvector('simple', search_tokens));
    create index ideas_title_trgm on ideas using gin (title_norm gin_trgm_ops);
    create index ideas_due on ideas (workspace_id, answer_due_at) where answer_due_at is not null and first_answer_at is null;
    create index ideas_pending on ideas (workspace_id, id) where moderation = 'pending';

    create table idea_votes (
      workspace_id uuid not null,
      idea_id uuid not null,
      user_id uuid not null,
      board_id uuid not null,
      importance text not null default 'important' check (importance in ('nice_to_have', 'important', 'critical')),
      weight numeric not null default 1,
      -- Budgets count only votes not yet given back (the idea shipped or was declined).
      released boolean not null default false,
      on_behalf_by uuid,
      on_behalf_label text,
      on_behalf_reason text,
      merged_from uuid,
      created_at timestamptz not null default now(),
      primary key (workspace_id, idea_id, user_id)
    );
    create index idea_votes_budget on idea_votes (workspace_id, user_id, board_id) where not released;

    create table idea_follows (
      workspace_id uuid not null,
      idea_id uuid not null,
      user_id uuid not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, idea_id, user_id)
    );
    create index idea_follows_user on idea_follows (workspace_id, user_id);

    create table idea_comments (
      workspace_id uuid not null,
      id uuid not null,
      idea_id uuid not null,
      parent_id uuid,
      author_id uuid,
      body text not null,
      body_html text not null,
      hidden boolean not null default false,
      moved_from uuid,
      report_count int not null default 0,
      edited_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index idea_comments_idea on idea_comments (workspace_id, idea_id, id);

    create table idea_comment_reports (
      workspace_id uuid not null,
      comment_id uuid not null,
      user_id uuid not null,
      reason text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, comment_id, user_id)
    );

    create table idea_status_changes (
      workspace_id uuid not null,
      id uuid not null,
      idea_id uuid not null,
      from_status text,
      to_status text not null,
      note text not null default '',
      actor_id uuid,
      actor_label text not null,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create index idea_status_changes_idea on idea_status_changes (workspace_id, idea_id, id);
  `.execute(db);
}
