/** Shapes of the console's API (server/modules/identity/schemas.ts). */
import type { PublicWorkspace, StaffRole } from '../identity/types';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export interface TimeRange {
  start: string;
  end: string;
}

export type BusinessHours = Record<Weekday, TimeRange[]>;

export interface Workspace {
  id: string;
  slug: string;
  name: string;
  logoUrl: string | null;
  defaultLocale: string;
  timeZone: string;
  businessHours: BusinessHours;
  createdAt: string;
}

export type MyWorkspace = PublicWorkspace & { role: StaffRole };

export interface IdentifySettings {
  secret: string;
  publicKey: string | null;
}

export type InvitableRole = 'admin' | 'agent' | 'moderator';

export interface Invitation {
  id: string;
  email: string;
  role: InvitableRole;
  expiresAt: string;
  acceptedAt: string | null;
  revokedAt: string | null;
  createdAt: string;
}

export interface InvitationPreview {
  email: string;
  role: InvitableRole;
  workspace: PublicWorkspace;
}

export type ApiScope = 'read' | 'write' | 'admin';
export const API_SCOPES: readonly ApiScope[] = ['read', 'write', 'admin'];

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scopes: ApiScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface AuditEntry {
  id: string;
  actorLabel: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
  ip: string | null;
  userAgent: string | null;
  createdAt: string;
}

/** The envelope of every paged list. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
