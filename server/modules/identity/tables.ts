import type { ColumnType, Generated } from 'kysely';
import type { Json } from '../../platform/db/index.js';

export type Role = 'owner' | 'admin' | 'agent' | 'moderator' | 'customer';
export const STAFF_ROLES = ['owner', 'admin', 'agent', 'moderator'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type ApiScope = 'read' | 'write' | 'admin';

type Now = ColumnType<Date, Date | string | undefined, Date | string>;

export interface WorkspacesTable {
  id: string;
  slug: string;
  name: string;
  logo_url: string | null;
  default_locale: string;
  time_zone: string;
  business_hours: Json;
  identify_secret: string;
  identify_public_key: string | null;
  created_at: Now;
  updated_at: Now;
}

export interface UsersTable {
  workspace_id: string;
  id: string;
  email: string | null;
  email_verified_at: Date | null;
  password_hash: string | null;
  display_name: string;
  avatar_url: string | null;
  locale: string | null;
  role: Role;
  external_id: string | null;
  attributes: ColumnType<Record<string, unknown>, string | undefined, string>;
  status: ColumnType<'active' | 'disabled', 'active' | 'disabled' | undefined, 'active' | 'disabled'>;
  created_at: Now;
  updated_at: Now;
  last_seen_at: Date | null;
}

export interface SessionsTable {
  workspace_id: string;
  token_hash: string;
  user_id: string;
  created_at: Now;
  last_seen_at: Now;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface LoginFailuresTable {
  workspace_id: string;
  email: string;
  /** The client address the failures came from. */
  client: string;
  failures: number;
  locked_until: Date | null;
  updated_at: Now;
}

export interface UserTokensTable {
  workspace_id: string;
  token_hash: string;
  user_id: string;
  purpose: 'verify_email' | 'reset_password' | 'sign_in';
  expires_at: Date;
  used_at: Date | null;
  created_at: Now;
}

/** How two accounts were proved to be one person's. */
export type LinkProof = 'workspace_created' | 'invitation' | 'password';

export interface AccountLinksTable {
  workspace_id: string;
  user_id: string;
  linked_workspace_id: string;
  linked_user_id: string;
  created_via: LinkProof;
  created_at: Now;
}

export interface InvitationsTable {
  workspace_id: string;
  id: string;
  email: string;
  role: Exclude<StaffRole, 'owner'>;
  token_hash: string;
  invited_by: string;
  expires_at: Date;
  accepted_at: Date | null;
  revoked_at: Date | null;
  created_at: Now;
}

export interface ApiKeysTable {
  workspace_id: string;
  id: string;
  name: string;
  prefix: string;
  key_hash: string;
  scopes: ApiScope[];
  created_by: string;
  created_at: Now;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface AuditLogTable {
  workspace_id: string;
  id: string;
  actor_id: string | null;
  actor_label: string;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
}

declare module '../../platform/db/schema.js' {
  interface Database {
    workspaces: WorkspacesTable;
    users: UsersTable;
    sessions: SessionsTable;
    login_failures: LoginFailuresTable;
    account_links: AccountLinksTable;
    user_tokens: UserTokensTable;
    invitations: InvitationsTable;
    api_keys: ApiKeysTable;
    audit_log: AuditLogTable;
  }
}
