import { z } from 'zod';
import { PageQuerySchema } from '../../platform/http/pagination.js';
import { LocalTextSchema } from './definition.js';

const IntervalSchema = z.object({ low: z.number(), high: z.number() }).nullable();
const DistributionSchema = z.array(z.object({ value: z.number(), count: z.number() }));

export const NpsResultSchema = z.object({
  n: z.number(),
  promoters: z.number(),
  passives: z.number(),
  detractors: z.number(),
  nps: z.number().nullable(),
  interval: IntervalSchema,
  standardError: z.number().nullable(),
  variance: z.number().nullable(),
});
export const NpsChangeSchema = z.object({
  difference: z.number(),
  standardError: z.number(),
  interval: z.object({ low: z.number(), high: z.number() }),
  z: z.number(),
  significant: z.boolean(),
});
const CsatSchema = z.object({
  n: z.number(),
  satisfied: z.number(),
  csat: z.number().nullable(),
  interval: IntervalSchema,
  mean: z.number().nullable(),
  distribution: DistributionSchema,
});
const CesSchema = z.object({
  n: z.number(),
  mean: z.number().nullable(),
  shareEasy: z.number().nullable(),
  interval: IntervalSchema,
  distribution: DistributionSchema,
});
const RatingSchema = z.object({ n: z.number(), mean: z.number().nullable(), distribution: DistributionSchema });
const ChoicesSchema = z.object({
  n: z.number(),
  choices: z.array(
    z.object({ id: z.string(), label: LocalTextSchema, count: z.number(), share: z.number().nullable() }),
  ),
});
const CategoryCounts = z.object({
  A: z.number(),
  O: z.number(),
  M: z.number(),
  I: z.number(),
  R: z.number(),
  Q: z.number(),
});
export const KanoResultSchema = z.object({
  n: z.number(),
  valid: z.number(),
  counts: CategoryCounts,
  category: z.enum(['A', 'O', 'M', 'I', 'R', 'Q']).nullable(),
  tieBroken: z.boolean(),
  strength: z.number().nullable(),
  fong: z.object({ a: z.number(), b: z.number(), threshold: z.number(), significant: z.boolean() }).nullable(),
  better: z.number().nullable(),
  worse: z.number().nullable(),
  continuous: z
    .object({
      functional: z.number(),
      dysfunctional: z.number(),
      functionalSd: z.number(),
      dysfunctionalSd: z.number(),
      n: z.number(),
    })
    .nullable(),
});

export const QuestionMetricSchema = z.object({
  questionId: z.string(),
  type: z.string(),
  title: LocalTextSchema,
  n: z.number(),
  nps: NpsResultSchema.optional(),
  npsChange: NpsChangeSchema.nullable().optional(),
  csat: CsatSchema.optional(),
  ces: CesSchema.optional(),
  rating: RatingSchema.optional(),
  choices: ChoicesSchema.optional(),
  kano: KanoResultSchema.optional(),
});
export type QuestionMetric = z.infer<typeof QuestionMetricSchema>;

const Day = z.iso.date();
export const AnalyticsFilterSchema = z.object({
  from: Day.optional().describe('First day (inclusive), in the workspace time zone'),
  to: Day.optional().describe('Last day (inclusive)'),
  channel: z.string().max(40).optional(),
  touchpoint: z.string().max(60).optional(),
  locale: z.string().max(10).optional(),
  segment: z.string().max(60).optional(),
});
export type AnalyticsFilter = z.infer<typeof AnalyticsFilterSchema>;

export const SummaryQuerySchema = AnalyticsFilterSchema.extend({
  compareFrom: Day.optional().describe('Previous period to compare NPS with'),
  compareTo: Day.optional(),
});
export const SummarySchema = z.object({ responses: z.number(), questions: z.array(QuestionMetricSchema) });

export const TrendQuerySchema = AnalyticsFilterSchema.extend({
  unit: z.enum(['day', 'week', 'month']).default('week'),
  questionId: z.string().max(40),
});
export const TrendSchema = z.object({
  questionId: z.string(),
  type: z.string(),
  unit: z.enum(['day', 'week', 'month']),
  points: z.array(
    z.object({
      period: z.string(),
      n: z.number(),
      value: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
    }),
  ),
});

export const BreakdownQuerySchema = AnalyticsFilterSchema.extend({
  by: z.enum(['channel', 'touchpoint', 'locale', 'segment']),
  questionId: z.string().max(40),
});
export const BreakdownSchema = z.object({
  questionId: z.string(),
  by: z.string(),
  groups: z.array(
    z.object({
      key: z.string(),
      n: z.number(),
      value: z.number().nullable(),
      low: z.number().nullable(),
      high: z.number().nullable(),
    }),
  ),
});

export const KanoFeatureSchema = z.object({
  questionId: z.string(),
  feature: LocalTextSchema,
  ideaId: z.string().nullable(),
  result: KanoResultSchema,
});
export const KanoReportSchema = z.object({ features: z.array(KanoFeatureSchema), matzlerMarginPoints: z.number() });

export const TextQuerySchema = AnalyticsFilterSchema.extend({
  questionId: z.string().max(40),
  unit: z.enum(['day', 'week', 'month']).default('week'),
});
export const TextReportSchema = z.object({
  questionId: z.string(),
  answers: z.number(),
  keywords: z.array(z.object({ term: z.string(), count: z.number() })),
  periods: z.array(
    z.object({
      period: z.string(),
      answers: z.number(),
      keywords: z.array(z.object({ term: z.string(), count: z.number() })),
    }),
  ),
  segments: z.array(
    z.object({
      segment: z.string(),
      answers: z.number(),
      keywords: z.array(z.object({ term: z.string(), count: z.number() })),
    }),
  ),
});

export const ResponsesQuerySchema = PageQuerySchema.extend(AnalyticsFilterSchema.shape).extend({
  q: z.string().max(200).optional().describe('Words in the open-text answers'),
});
export const ResponseItemSchema = z.object({
  id: z.uuid(),
  customer: z.object({ id: z.uuid(), name: z.string(), email: z.string().nullable() }).nullable(),
  channel: z.string(),
  touchpoint: z.string().nullable(),
  locale: z.string(),
  segment: z.string().nullable(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  answers: z.record(z.string(), z.unknown()),
  completedAt: z.string(),
});
export type ResponsesQuery = z.infer<typeof ResponsesQuerySchema>;
