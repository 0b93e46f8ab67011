import { z } from 'zod';

const Iso = z.string().describe('ISO 8601 time');
// A real calendar day: '2026-02-30' or year 0 would otherwise reach the database and fail there.
const Day = z.iso
  .date({ error: 'must be YYYY-MM-DD' })
  .refine((day) => !day.startsWith('0000'), { error: 'must be YYYY-MM-DD' });
export const CaseTypeSchema = z.enum(['complaint', 'repair', 'question']);
export const CaseStatusSchema = z.enum([
  'new',
  'open',
  'waiting_on_customer',
  'remedy_offered',
  'remedy_accepted',
  'remedy_rejected',
  'carried_out',
  'resolved',
  'merged',
]);
export const SeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);
export const PrioritySchema = z.enum(['low', 'normal', 'high', 'urgent']);
export const ChannelSchema = z.enum(['portal', 'phone', 'email', 'store']);
const Text = (max: number) => z.string().trim().max(max);
const FileIds = z.array(z.uuid()).max(10).default([]);

export const IdParams = z.object({ id: z.uuid() });

export const FileCaseSchema = z.object({
  type: CaseTypeSchema,
  subject: Text(200).min(1),
  description: Text(10_000).min(1),
  product: Text(120).default(''),
  model: Text(120).default(''),
  serialNumber: Text(120).default(''),
  purchaseDate: Day.nullable().default(null),
  requestedRemedy: Text(500).default(''),
  safetyConcern: z.boolean().default(false),
  fileIds: FileIds,
});
export type FileCaseInput = z.infer<typeof FileCaseSchema>;

export const RecordCaseSchema = FileCaseSchema.extend({
  channel: ChannelSchema.exclude(['portal']).default('phone'),
  customer: z.object({
    email: z
      .email()
      .max(254)
      .transform((e) => e.toLowerCase()),
    name: Text(80).min(1),
  }),
});
export type RecordCaseInput = z.infer<typeof RecordCaseSchema>;

export const AssessSchema = z.object({
  type: CaseTypeSchema.optional(),
  severity: SeveritySchema.optional(),
  priority: PrioritySchema.optional(),
  safety: z.boolean().optional(),
  warrantyMonths: z.number().int().min(0).max(240).optional(),
  purchaseDate: Day.nullable().optional(),
  product: Text(120).optional(),
  model: Text(120).optional(),
  status: z.enum(['open', 'waiting_on_customer']).optional(),
  rootCauseId: z.uuid().nullable().optional(),
});
export type AssessInput = z.infer<typeof AssessSchema>;

export const AssignSchema = z.object({
  teamId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  auto: z.boolean().default(false).describe("Pick the agent by the team's rule (round-robin or least-loaded)"),
});

export const MessageSchema = z.object({
  body: Text(10_000).min(1),
  internal: z.boolean().default(false),
  fileIds: FileIds,
  waitOnCustomer: z.boolean().default(false),
});
export const CustomerMessageSchema = z.object({ body: Text(10_000).min(1), fileIds: FileIds });

export const SlotSchema = z
  .object({ startsAt: z.iso.datetime({ offset: true }), endsAt: z.iso.datetime({ offset: true }) })
  .refine((s) => s.startsAt < s.endsAt || new Date(s.startsAt) < new Date(s.endsAt), {
    error: 'startsAt must be before endsAt',
  });
export const OfferRemediesSchema = z.object({
  offers: z
    .array(
      z.object({
        remedy: z.string().min(1).max(40),
        terms: Text(2000).min(1),
        slots: z.array(SlotSchema).max(10).default([]),
      }),
    )
    .min(1)
    .max(6),
  message: Text(2000).default(''),
});
export type OfferRemediesInput = z.infer<typeof OfferRemediesSchema>;

export const DecisionSchema = z.union([
  z.object({ accept: z.literal(true), offerId: z.uuid(), slotId: z.string().max(40).optional() }),
  z.object({ accept: z.literal(false), reason: Text(2000).min(1) }),
]);
export type DecisionInput = z.infer<typeof DecisionSchema>;

export const ResolveSchema = z.object({ note: Text(5000).default(''), rootCauseId: z.uuid().nullable().optional() });
export const ReopenSchema = z.object({ reason: Text(2000).min(1) });
export const EscalateSchema = z.object({ reason: Text(2000).min(1) });
export const RatingSchema = z.object({ score: z.number().int().min(1).max(5), comment: Text(2000).default('') });
export const MergeSchema = z.object({ intoCaseId: z.uuid() });
export const IdeaLinkSchema = z.object({ ideaId: z.uuid(), title: Text(200).min(1) });
export const BulkSchema = z.object({
  caseIds: z.array(z.uuid()).min(1).max(100),
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('assign'), assigneeId: z.uuid().nullable(), teamId: z.uuid().nullable().optional() }),
    z.object({ kind: z.literal('priority'), priority: PrioritySchema }),
    z.object({ kind: z.literal('resolve'), note: Text(5000).default('') }),
  ]),
});
export type BulkInput = z.infer<typeof BulkSchema>;

export const QueueQuerySchema = z.object({
  view: z.enum(['all', 'mine', 'team', 'unassigned', 'breaching', 'safety', 'resolved']).default('all'),
  status: CaseStatusSchema.optional(),
  type: CaseTypeSchema.optional(),
  priority: PrioritySchema.optional(),
  teamId: z.uuid().optional(),
  assigneeId: z.uuid().optional(),
  customerId: z.uuid().optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(500).optional(),
});
export type QueueQuery = z.infer<typeof QueueQuerySchema>;

const FileViewSchema = z.object({
  id: z.uuid(),
  url: z.string(),
  contentType: z.string(),
  size: z.number(),
  width: z.number(),
  height: z.number(),
});
const PersonSchema = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const CaseSummarySchema = z.object({
  id: z.uuid(),
  number: z.string(),
  type: CaseTypeSchema,
  status: CaseStatusSchema,
  subject: z.string(),
  product: z.string(),
  model: z.string(),
  severity: SeveritySchema,
  priority: PrioritySchema,
  safety: z.boolean(),
  channel: ChannelSchema,
  teamId: z.uuid().nullable(),
  assignee: PersonSchema,
  customer: PersonSchema,
  slaDueAt: Iso.nullable(),
  slaBreached: z.boolean(),
  createdAt: Iso,
  updatedAt: Iso,
});

export const SlotViewSchema = z.object({ id: z.string(), startsAt: Iso, endsAt: Iso });
export const OfferSchema = z.object({
  id: z.uuid(),
  round: z.number(),
  remedy: z.string(),
  terms: z.string(),
  slots: z.array(SlotViewSchema),
  status: z.enum(['offered', 'accepted', 'declined', 'superseded']),
  chosenSlot: SlotViewSchema.nullable(),
  declineReason: z.string().nullable(),
  decidedAt: Iso.nullable(),
  carriedOutAt: Iso.nullable(),
  createdAt: Iso,
});
export const MessageViewSchema = z.object({
  id: z.uuid(),
  authorKind: z.enum(['customer', 'agent', 'system']),
  author: PersonSchema,
  internal: z.boolean(),
  body: z.string(),
  bodyHtml: z.string(),
  files: z.array(FileViewSchema),
  createdAt: Iso,
});

export const CaseDetailSchema = CaseSummarySchema.extend({
  description: z.string(),
  descriptionHtml: z.string(),
  serialNumber: z.string(),
  purchaseDate: Day.nullable(),
  requestedRemedy: z.string(),
  warrantyStatus: z.enum(['in_warranty', 'out_of_warranty', 'unknown']),
  warrantyUntil: Day.nullable(),
  warrantyMonths: z.number().nullable(),
  rootCauseId: z.uuid().nullable(),
  idea: z.object({ id: z.uuid(), title: z.string() }).nullable(),
  mergedInto: z.object({ id: z.uuid(), number: z.string() }).nullable(),
  escalatedAt: Iso.nullable(),
  declineReason: z.string().nullable(),
  firstResponseDueAt: Iso.nullable(),
  firstRespondedAt: Iso.nullable(),
  nextResponseDueAt: Iso.nullable(),
  resolutionDueAt: Iso.nullable(),
  slaPaused: z.boolean(),
  resolvedAt: Iso.nullable(),
  reopenUntil: Iso.nullable(),
  reopenedCount: z.number(),
  satisfaction: z.number().nullable(),
  satisfactionComment: z.string().nullable(),
  invitedToCocreation: z.boolean(),
  files: z.array(FileViewSchema),
  messages: z.array(MessageViewSchema),
  offers: z.array(OfferSchema),
  remedyMenu: z.array(z.object({ key: z.string(), labelEn: z.string(), labelZh: z.string() })),
  escalation: z.object({ internal: z.boolean(), externalRecourse: z.string() }),
  canReopen: z.boolean(),
  canRate: z.boolean(),
});

export const HistorySchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      actor: z.string(),
      action: z.string(),
      changes: z.record(z.string(), z.unknown()),
      createdAt: Iso,
    }),
  ),
});
