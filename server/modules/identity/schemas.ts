import { z } from 'zod';

const RESERVED_SLUGS = new Set(['api', 'console', 'w', 's', 'admin', 'assets', 'static', 'widget']);

export const LocaleSchema = z.enum(['zh-CN', 'en']);
export const RoleSchema = z.enum(['owner', 'admin', 'agent', 'moderator', 'customer']);
export const InvitableRoleSchema = z.enum(['admin', 'agent', 'moderator']);
export const ApiScopeSchema = z.enum(['read', 'write', 'admin']);

export const EmailSchema = z
  .email({ error: 'must be an email address' })
  .max(254)
  .transform((e) => e.trim().toLowerCase());
export const PasswordSchema = z.string().min(10, { error: 'must have at least 10 characters' }).max(200);
export const DisplayNameSchema = z.string().trim().min(1).max(80);
export const SlugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, { error: 'use 1-40 lower-case letters, digits and dashes' })
  .refine((s) => !RESERVED_SLUGS.has(s), { error: 'is reserved' });
export const TimeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { error: 'must be an IANA time zone such as Asia/Shanghai' },
);
const HHMM = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be HH:MM' });
const DayHours = z
  .array(z.object({ start: HHMM, end: HHMM }).refine((r) => r.start < r.end, { error: 'start must be before end' }))
  .max(4);
export const BusinessHoursSchema = z.object({
  mon: DayHours,
  tue: DayHours,
  wed: DayHours,
  thu: DayHours,
  fri: DayHours,
  sat: DayHours,
  sun: DayHours,
});
const HttpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(500);

export const WorkspaceSettingsSchema = z.object({
  name: z.string().trim().min(1).max(80).optional(),
  slug: SlugSchema.optional(),
  logoUrl: HttpUrl.nullable().optional(),
  defaultLocale: LocaleSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
  businessHours: BusinessHoursSchema.optional(),
});
export type WorkspaceSettingsInput = z.infer<typeof WorkspaceSettingsSchema>;

export const CreateWorkspaceSchema = WorkspaceSettingsSchema.extend({
  name: z.string().trim().min(1).max(80),
  slug: SlugSchema,
});
export type CreateWorkspaceInput = z.infer<typeof CreateWorkspaceSchema>;

export const SetupSchema = z.object({
  workspace: CreateWorkspaceSchema,
  owner: z.object({ email: EmailSchema, password: PasswordSchema, displayName: DisplayNameSchema }),
});
export type SetupInput = z.infer<typeof SetupSchema>;

export const SignUpSchema = z.object({
  email: EmailSchema,
  password: PasswordSchema,
  displayName: DisplayNameSchema,
  locale: LocaleSchema.optional(),
});
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({ email: EmailSchema, password: z.string().min(1).max(200) });
export const LinkAccountSchema = SignInSchema.extend({
  workspace: z.string().trim().min(1).max(80).describe("The other workspace's address (slug) or id"),
});
export const TokenSchema = z.object({ token: z.string().min(20).max(200) });
export const ResetPasswordSchema = z.object({ token: z.string().min(20).max(200), password: PasswordSchema });
export const EmailOnlySchema = z.object({ email: EmailSchema });
export const IdentifySchema = z.object({
  token: z.string().min(10).max(8000),
  delivery: z
    .enum(['cookie', 'header'])
    .default('cookie')
    .describe(
      "`header`: return the session in the body (for the widget frame on a brand's site, where third-party cookies are blocked); send it back as `X-Cocreate-Session`",
    ),
});

export const ProfileUpdateSchema = z.object({
  displayName: DisplayNameSchema.optional(),
  avatarUrl: HttpUrl.nullable().optional(),
  locale: LocaleSchema.nullable().optional(),
});
export const ChangePasswordSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: PasswordSchema,
});

export const InviteSchema = z.object({ email: EmailSchema, role: InvitableRoleSchema });
export const AcceptInvitationSchema = z.object({
  token: z.string().min(20).max(200),
  displayName: DisplayNameSchema,
  password: PasswordSchema,
});
export const ChangeRoleSchema = z.object({ role: RoleSchema });
export const CreateApiKeySchema = z.object({
  name: z.string().trim().min(1).max(80),
  scopes: z.array(ApiScopeSchema).min(1).max(3),
});
export const IdentifyKeySchema = z.object({
  publicKey: z
    .string()
    .max(5000)
    .regex(/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/, { error: 'must be a PEM public key' })
    .nullable(),
});

export const IdParams = z.object({ id: z.uuid() });

// Responses (times are ISO 8601 strings in UTC)
const Iso = z.iso.datetime();
export const UserSchema = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  emailVerified: z.boolean(),
  displayName: z.string(),
  avatarUrl: z.string().nullable(),
  locale: z.string().nullable(),
  role: RoleSchema,
  externalId: z.string().nullable(),
  attributes: z.record(z.string(), z.unknown()),
  status: z.enum(['active', 'disabled']),
  createdAt: Iso,
  lastSeenAt: Iso.nullable(),
});
export const WorkspaceSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
  defaultLocale: z.string(),
  timeZone: z.string(),
  businessHours: BusinessHoursSchema,
  createdAt: Iso,
});
export const PublicWorkspaceSchema = WorkspaceSchema.pick({
  id: true,
  slug: true,
  name: true,
  logoUrl: true,
  defaultLocale: true,
});
export const SiteSchema = z.object({ setupNeeded: z.boolean(), workspace: PublicWorkspaceSchema.nullable() });
export const MeSchema = z.object({ user: UserSchema, workspace: PublicWorkspaceSchema });
export const IdentifiedSchema = MeSchema.extend({ sessionToken: z.string().optional() });
export const InvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: InvitableRoleSchema,
  expiresAt: Iso,
  acceptedAt: Iso.nullable(),
  revokedAt: Iso.nullable(),
  createdAt: Iso,
});
export const InvitationPreviewSchema = z.object({
  email: z.string(),
  role: InvitableRoleSchema,
  workspace: PublicWorkspaceSchema,
});
export const ApiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(ApiScopeSchema),
  createdAt: Iso,
  lastUsedAt: Iso.nullable(),
  revokedAt: Iso.nullable(),
});
export const CreatedApiKeySchema = ApiKeySchema.extend({ key: z.string().describe('Shown once; store it now') });
export const AuditEntrySchema = z.object({
  id: z.uuid(),
  actorLabel: z.string(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  createdAt: Iso,
});
export const IdentifySettingsSchema = z.object({ secret: z.string(), publicKey: z.string().nullable() });
export const OkSchema = z.object({ ok: z.literal(true) });

export const JobSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(['queued', 'running', 'done', 'dead']),
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  lastError: z.string().nullable(),
  runAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export const JobListSchema = z.object({ items: z.array(JobSchema) });
export const JobListQuerySchema = z.object({
  status: z.enum(['queued', 'running', 'done', 'dead']).default('dead'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const InvitationPreviewQuerySchema = z.object({ token: z.string().min(20).max(200) });
