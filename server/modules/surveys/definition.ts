import { z } from 'zod';
import { CONDITION_OPS, KANO_SCALE, QUESTION_TYPES, pathThrough, scaleOf } from '../../../shared/survey-rules.js';

// The rules the web app and the widget follow too live in shared/survey-rules.ts.
export { pathThrough, scaleOf };

/** Every text a customer reads exists in both languages. */
export const LocalTextSchema = z.object({
  en: z.string().trim().min(1).max(2000),
  'zh-CN': z.string().trim().min(1).max(2000),
});

const QuestionId = z.string().regex(/^[a-z0-9_-]{1,40}$/, { error: 'use 1-40 lower-case letters, digits, _ and -' });
const ScaleSchema = z
  .object({ min: z.number().int().min(0).max(1), max: z.number().int().min(2).max(10) })
  .refine((s) => s.max > s.min, { error: 'max must be above min' });

const ConditionSchema = z.object({
  op: z.enum(CONDITION_OPS),
  value: z.union([z.number(), z.string().max(40)]).optional(),
});
const BranchSchema = z.object({ when: ConditionSchema, goTo: z.union([QuestionId, z.literal('end')]) });

const ChoiceSchema = z.object({ id: QuestionId, label: LocalTextSchema });

export const QuestionSchema = z.object({
  id: QuestionId,
  type: z.enum(QUESTION_TYPES),
  title: LocalTextSchema,
  required: z.boolean().default(false),
  /** CSAT (default 1–5) and rating (default 1–5) scales. */
  scale: ScaleSchema.optional(),
  choices: z.array(ChoiceSchema).min(2).max(20).optional(),
  kano: z
    .object({
      functional: LocalTextSchema,
      dysfunctional: LocalTextSchema,
      ideaId: z.uuid().nullable().optional(),
    })
    .optional(),
  branches: z.array(BranchSchema).max(10).default([]),
});
export type Question = z.infer<typeof QuestionSchema>;

export const QuestionsSchema = z
  .array(QuestionSchema)
  .min(1)
  .max(60)
  .superRefine((questions, ctx) => {
    const ids = new Set<string>();
    questions.forEach((q, i) => {
      if (ids.has(q.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: 'is used twice' });
      ids.add(q.id);
      if ((q.type === 'single' || q.type === 'multiple') && !q.choices)
        ctx.addIssue({ code: 'custom', path: [i, 'choices'], message: 'are required for choice questions' });
      if (q.type === 'kano' && !q.kano)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'kano'],
          message: 'needs the functional and dysfunctional questions',
        });
    });
    questions.forEach((q, i) =>
      q.branches.forEach((b, j) => {
        const target = questions.findIndex((t) => t.id === b.goTo);
        if (b.goTo !== 'end' && target <= i)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'branches', j, 'goTo'],
            message: 'must be a later question or end',
          });
      }),
    );
  });

export type KanoValue = { functional: number; dysfunctional: number };
export type AnswerValue = number | string | string[] | KanoValue;

/** Checks one answer against its question; returns the normalised value or an error message. */
export function checkAnswer(
  q: Question,
  value: unknown,
): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  switch (q.type) {
    case 'nps':
    case 'csat':
    case 'ces':
    case 'rating': {
      const { min, max } = scaleOf(q);
      return Number.isInteger(value) && (value as number) >= min && (value as number) <= max
        ? { ok: true, value: value as number }
        : { ok: false, message: `must be a whole number from ${min} to ${max}` };
    }
    case 'single':
      return typeof value === 'string' && q.choices!.some((c) => c.id === value)
        ? { ok: true, value }
        : { ok: false, message: 'must be one of the choices' };
    case 'multiple': {
      const ok = Array.isArray(value) && value.length > 0 && value.every((v) => q.choices!.some((c) => c.id === v));
      return ok
        ? { ok: true, value: [...new Set(value as string[])] }
        : { ok: false, message: 'must be a list of the choices' };
    }
    case 'text':
      return typeof value === 'string' && value.trim().length > 0 && value.length <= 5000
        ? { ok: true, value: value.trim() }
        : { ok: false, message: 'must be text of at most 5000 characters' };
    case 'kano': {
      const v = value as Partial<KanoValue> | null;
      const { min, max } = KANO_SCALE;
      const inRange = (x: unknown) => Number.isInteger(x) && (x as number) >= min && (x as number) <= max;
      return v && typeof v === 'object' && inRange(v.functional) && inRange(v.dysfunctional)
        ? { ok: true, value: { functional: v.functional!, dysfunctional: v.dysfunctional! } }
        : { ok: false, message: `needs both answers, each ${min}-${max}` };
    }
  }
}
