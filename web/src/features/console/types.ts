/** Shapes of the console's API, named from the generated OpenAPI types (src/api/schema.d.ts). */
import type { ResponseOf } from '../../api/operations';

export type Workspace = ResponseOf<'get', '/workspace'>;
export type BusinessHours = Workspace['businessHours'];
export type Weekday = keyof BusinessHours;
export type TimeRange = BusinessHours[Weekday][number];
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

export type MyWorkspace = ResponseOf<'get', '/me/workspaces'>['items'][number];
export type IdentifySettings = ResponseOf<'get', '/workspace/identify'>;

export type Invitation = ResponseOf<'get', '/invitations'>['items'][number];
export type InvitableRole = Invitation['role'];
export type InvitationPreview = ResponseOf<'get', '/invitations/preview'>;

export type ApiKey = ResponseOf<'get', '/api-keys'>['items'][number];
export type ApiScope = ApiKey['scopes'][number];
export const API_SCOPES: readonly ApiScope[] = ['read', 'write', 'admin'];

export type AuditEntry = ResponseOf<'get', '/audit-log'>['items'][number];
