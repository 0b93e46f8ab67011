import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workspaces (
      id uuid primary key,
      slug text not null unique,
      name text not null,
      logo_url text,
      default_locale text not null default 'zh-CN',
      time_zone text not null default 'Asia/Shanghai',
      business_hours jsonb not null,
      identify_secret text not null,
      identify_public_key text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table users (
      workspace_id uuid not null references workspaces (id),
      id uuid not null,
      email text,
      email_verified_at timestamptz,
      password_hash text,
      display_name text not null,
      avatar_url text,
      locale text,
      role text not null check (role in ('owner', 'admin', 'agent', 'moderator', 'customer')),
      external_id text,
      attributes jsonb not null default '{}',
      status text not null default 'active' check (status in ('active', 'disabled')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      last_seen_at timestamptz,
      primary key (workspace_id, id)
    );
    create unique index users_email on users (workspace_id, lower(email)) where email is not null;
    create unique index users_external_id on users (workspace_id, external_id) where external_id is not null;
    create index users_staff on users (workspace_id, role) where role <> 'customer';

    create table sessions (
      workspace_id uuid not null,
      token_hash text not null,
      user_id uuid not null,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      ip text,
      user_agent text,
      primary key (workspace_id, token_hash),
      foreign key (workspace_id, user_id) references users (workspace_id, id)
    );
    create index sessions_user on sessions (workspace_id, user_id);

    create table login_failures (
      workspace_id uuid not null,
      email text not null,
      failures int not null default 0,
      locked_until timestamptz,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, email)
    );

    create table user_tokens (
      workspace_id uuid not null,
      token_hash text not null,
      user_id uuid not null,
      purpose text not null check (purpose in ('verify_email', 'reset_password')),
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, token_hash),
      foreign key (workspace_id, user_id) references users (workspace_id, id)
    );

    create table invitations (
      workspace_id uuid not null,
      id uuid not null,
      email text not null,
      role text not null check (role in ('admin', 'agent', 'moderator')),
      token_hash text not null,
      invited_by uuid not null,
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
    create unique index invitations_token on invitations (workspace_id, token_hash);

    create table api_keys (
      workspace_id uuid not null,
      id uuid not null,
      name text not null,
      prefix text not null,
      key_hash text not null,
      scopes text[] not null,
      created_by uuid not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz,
      primary key (workspace_id, id)
    );
    create unique index api_keys_hash on api_keys (workspace_id, key_hash);

    create table audit_log (
      workspace_id uuid not null,
      id uuid not null,
      actor_id uuid,
      actor_label text not null,
      action text not null,
      target_type text,
      target_id text,
      details jsonb not null default '{}',
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      primary key (workspace_id, id)
    );
  `.execute(db);
}
