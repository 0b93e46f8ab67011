import { z } from 'zod';
import { PageQuerySchema } from '../../platform/http/pagination.js';
import { LocalTextSchema, QuestionSchema, QuestionsSchema } from './definition.js';

export const IdParams = z.object({ id: z.uuid() });
export const SlugParams = z.object({ slug: z.string().min(1).max(40) });
const Slug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, { error: 'use 1-40 lower-case letters, digits and dashes' });
const EventName = z
  .string()
  .regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/, { error: 'must be module.entity.verb' });
const WidgetEvent = z.string().regex(/^[A-Za-z0-9_.:-]{1,60}$/, { error: 'use letters, digits and . _ : -' });
export const ChannelSchema = z.enum(['link', 'personal_link', 'email', 'widget', 'feedback_button', 'event', 'portal']);

export const SurveyInputSchema = z.object({
  slug: Slug,
  title: LocalTextSchema,
  welcome: LocalTextSchema,
  thanks: LocalTextSchema,
  questions: QuestionsSchema,
  opensAt: z.iso.datetime({ offset: true }).nullable().default(null),
  closesAt: z.iso.datetime({ offset: true }).nullable().default(null),
  samplingRate: z.number().gt(0).max(1).default(1),
  quota: z.number().int().positive().nullable().default(null),
  contactCooldownDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .nullable()
    .default(null)
    .describe('Overrides the workspace budget for this survey'),
  triggerEvents: z
    .array(EventName)
    .max(10)
    .default([])
    .describe('Events that send this survey to the customer they concern, e.g. cases.case.resolved'),
  widgetEvents: z
    .array(WidgetEvent)
    .max(20)
    .default([])
    .describe('Cocreate.track() names that show this survey in the widget'),
  audience: z
    .record(z.string().max(40), z.union([z.string().max(100), z.number(), z.boolean()]))
    .default({})
    .describe('Customer attributes a widget respondent must have'),
  feedbackButton: z.boolean().default(false).describe("The survey behind the widget's feedback button"),
  anonymous: z.boolean().default(false).describe('Do not link responses to the customer'),
});
export type SurveyInput = z.infer<typeof SurveyInputSchema>;

export const SurveySchema = SurveyInputSchema.extend({
  id: z.uuid(),
  status: z.enum(['draft', 'open', 'closed']),
  completedCount: z.number().int(),
  publicPath: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const SurveyListQuerySchema = PageQuerySchema.extend({ status: z.enum(['draft', 'open', 'closed']).optional() });

export const SurveyStatusSchema = z.object({ status: z.enum(['open', 'closed']) });

export const PublicSurveySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  title: LocalTextSchema,
  welcome: LocalTextSchema,
  thanks: LocalTextSchema,
  questions: z.array(QuestionSchema),
  anonymous: z.boolean(),
});

export const StartResponseSchema = z.object({
  invitation: z.string().min(10).max(200).optional().describe('The token of a personal link'),
  channel: ChannelSchema.default('link'),
  touchpoint: z.string().max(60).optional(),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
});

export const AnswerRecordSchema = z.record(z.string().max(40), z.unknown());

export const ResponseStateSchema = z.object({
  id: z.uuid(),
  token: z.string().describe('Send it back to save or resume this response'),
  status: z.enum(['in_progress', 'completed']),
  answers: AnswerRecordSchema,
  survey: PublicSurveySchema,
});

export const SaveAnswersSchema = z.object({
  token: z.string().min(10).max(200),
  answers: AnswerRecordSchema.describe('Question id -> answer; null clears an answer'),
  complete: z.boolean().default(false),
});
export const ResumeQuerySchema = z.object({ token: z.string().min(10).max(200) });

export const SendInvitationsSchema = z.object({
  customerIds: z.array(z.uuid()).max(1000).default([]),
  emails: z
    .array(
      z
        .email()
        .max(254)
        .transform((e) => e.toLowerCase()),
    )
    .max(1000)
    .default([]),
  channel: z.enum(['email', 'personal_link']).default('email'),
  touchpoint: z.string().max(60).optional(),
});
export const InvitationResultSchema = z.object({
  sent: z.number().int(),
  skipped: z.object({ optedOut: z.number().int(), contactBudget: z.number().int(), unknown: z.number().int() }),
  links: z
    .array(z.object({ email: z.string().nullable(), customerId: z.string().nullable(), url: z.string() }))
    .describe('Personal links (single use)'),
});

export const SettingsSchema = z.object({ contactCooldownDays: z.number().int().min(0).max(365) });
export const OptOutSchema = z.object({ invitation: z.string().min(10).max(200).optional() });

export const WidgetMatchSchema = z.object({
  event: z
    .string()
    .regex(/^[A-Za-z0-9_.:-]{1,60}$/)
    .optional()
    .describe('A Cocreate.track() name; absent: the feedback button'),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  askedAt: z.iso
    .datetime({ offset: true })
    .optional()
    .describe('When this browser was last shown a survey: the contact budget of anonymous visitors'),
});
export const WidgetMatchResultSchema = z.object({ slug: z.string().nullable(), reason: z.string().nullable() });

export const OptOutStateSchema = z.object({ optedOut: z.boolean() });
export const PublicSurveyListSchema = z.object({
  items: z.array(PublicSurveySchema.pick({ id: true, slug: true, title: true, welcome: true })),
});
export const PublicSurveyWithStateSchema = PublicSurveySchema.extend({ closedReason: z.string().nullable() });
export const AssigneesSchema = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });

export const FollowupSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  surveyTitle: LocalTextSchema,
  responseId: z.uuid(),
  questionId: z.string(),
  customer: z.object({ id: z.uuid(), name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  kind: z.enum(['detractor', 'low_csat']),
  score: z.number(),
  comment: z.string().nullable(),
  status: z.enum(['open', 'closed']),
  assignee: z.object({ id: z.uuid(), name: z.string().nullable() }).nullable(),
  notes: z.array(z.object({ authorId: z.string().nullable(), body: z.string(), at: z.string() })),
  outcome: z.enum(['contacted', 'resolved', 'no_answer']).nullable(),
  nextResponse: z
    .object({ id: z.uuid(), score: z.number().nullable() })
    .nullable()
    .describe("The same customer's next answer: the movement"),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
});

export const FollowupChangeSchema = z.object({
  assigneeId: z.uuid().nullable().optional(),
  note: z.string().trim().min(1).max(4000).optional(),
  outcome: z.enum(['contacted', 'resolved', 'no_answer']).optional(),
  close: z.boolean().optional(),
});

export const FollowupQuerySchema = PageQuerySchema.extend({
  status: z.enum(['open', 'closed']).optional(),
  surveyId: z.uuid().optional(),
  assignee: z.enum(['me', 'nobody']).optional(),
});

export type FollowupQuery = z.infer<typeof FollowupQuerySchema>;
export const SurveyFollowupIdQuerySchema = z.object({ surveyId: z.uuid().optional() });

export const RecoverySchema = z.object({
  open: z.number(),
  closed: z.number(),
  outcomes: z.object({ contacted: z.number(), resolved: z.number(), no_answer: z.number() }),
  detractors: z.number(),
  answeredAgain: z.number(),
  movement: z.object({ detractor: z.number(), passive: z.number(), promoter: z.number() }),
  recovered: z.number(),
  recoveredShare: z.number().nullable(),
});

export { LocalTextSchema };
