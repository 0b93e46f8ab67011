import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Accounts of one person in several workspaces, linked only on proof of owning both (never by
    -- a matching email). Each link is stored in both directions, so every lookup leads with the
    -- asking account's workspace.
    create table account_links (
      workspace_id uuid not null,
      user_id uuid not null,
      linked_workspace_id uuid not null,
      linked_user_id uuid not null,
      created_via text not null check (created_via in ('workspace_created', 'invitation', 'password')),
      created_at timestamptz not null default now(),
      primary key (workspace_id, user_id, linked_workspace_id),
      foreign key (workspace_id, user_id) references users (workspace_id, id)
    );

    -- Workspaces created from another one before links existed: the audit log proves who created
    -- which, and the new workspace's owner account was made from the creator's.
    insert into account_links (workspace_id, user_id, linked_workspace_id, linked_user_id, created_via)
    select pair.workspace_id, pair.user_id, pair.linked_workspace_id, pair.linked_user_id, 'workspace_created'
    from (
      select a.workspace_id, creator.id as user_id, created.workspace_id as linked_workspace_id, created.id as linked_user_id
      from audit_log a
      join users creator on creator.workspace_id = a.workspace_id and creator.id = a.actor_id
      join users created on created.workspace_id::text = a.target_id and created.role = 'owner' and lower(created.email) = lower(creator.email)
      where a.action = 'workspace.created' and a.target_type = 'workspace' and a.target_id <> a.workspace_id::text
    ) forward
    cross join lateral (values
      (forward.workspace_id, forward.user_id, forward.linked_workspace_id, forward.linked_user_id),
      (forward.linked_workspace_id, forward.linked_user_id, forward.workspace_id, forward.user_id)
    ) as pair (workspace_id, user_id, linked_workspace_id, linked_user_id)
    on conflict do nothing;

    -- Failed sign-ins are counted per account and client address, so a stranger's guesses lock
    -- out only the stranger.
    drop table login_failures;
    create table login_failures (
      workspace_id uuid not null,
      email text not null,
      client text not null,
      failures int not null default 0,
      locked_until timestamptz,
      updated_at timestamptz not null default now(),
      primary key (workspace_id, email, client)
    );

    alter table user_tokens drop constraint user_tokens_purpose_check;
    alter table user_tokens add constraint user_tokens_purpose_check check (purpose in ('verify_email', 'reset_password', 'sign_in'));
  `.execute(db);
}
