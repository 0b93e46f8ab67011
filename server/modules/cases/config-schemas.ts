import { z } from 'zod';

// A real calendar day: '2026-02-30' or year 0 would otherwise reach the database and fail there.
const Day = z.iso
  .date({ error: 'must be YYYY-MM-DD' })
  .refine((day) => !day.startsWith('0000'), { error: 'must be YYYY-MM-DD' });
const Minutes = z
  .number()
  .int()
  .min(1)
  .max(60 * 24 * 365);

export const SettingsSchema = z.object({
  remedyMenu: z
    .array(
      z.object({
        key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
        labelEn: z.string().trim().min(1).max(80),
        labelZh: z.string().trim().min(1).max(80),
      }),
    )
    .min(1)
    .max(30)
    .refine((menu) => new Set(menu.map((m) => m.key)).size === menu.length, { error: 'keys must be unique' }),
  externalRecourse: z.string().trim().max(2000),
  reopenDays: z.number().int().min(0).max(365),
  warnMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 7),
  defaultTeamId: z.uuid().nullable(),
  defaultWarrantyMonths: z.number().int().min(0).max(240),
  warrantyTerms: z
    .array(z.object({ product: z.string().trim().min(1).max(120), months: z.number().int().min(0).max(240) }))
    .max(200),
});
export type SettingsInput = z.infer<typeof SettingsSchema>;

export const PolicySchema = z.object({
  priority: z.enum(['low', 'normal', 'high', 'urgent']),
  caseType: z.enum(['*', 'complaint', 'repair', 'question']),
  firstResponseMinutes: Minutes,
  nextResponseMinutes: Minutes,
  resolutionMinutes: Minutes,
});
export const PoliciesSchema = z.object({ items: z.array(PolicySchema).max(16) });
export type SlaPolicy = z.infer<typeof PolicySchema>;
export type SlaPoliciesInput = z.infer<typeof PoliciesSchema>;
const TargetsSchema = z.object({
  firstResponseMinutes: z.number(),
  nextResponseMinutes: z.number(),
  resolutionMinutes: z.number(),
});
/** The saved policies, with the built-in targets that apply where none is saved. */
export const PoliciesViewSchema = PoliciesSchema.extend({ defaults: z.record(z.string(), TargetsSchema) });

export const CalendarDaySchema = z.object({
  day: Day,
  kind: z.enum(['holiday', 'workday']),
  name: z.string().trim().max(80).default(''),
});
export const CalendarSchema = z.object({ items: z.array(CalendarDaySchema).max(1000) });
export type CalendarDay = z.infer<typeof CalendarDaySchema>;
export type CalendarInput = z.infer<typeof CalendarSchema>;

export const TeamInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  assignment: z.enum(['manual', 'round_robin', 'least_loaded']),
  memberIds: z.array(z.uuid()).max(200).default([]),
});
export const TeamSchema = TeamInputSchema.extend({ id: z.uuid() });
export type TeamInput = z.infer<typeof TeamInputSchema>;

export const RootCauseInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  parentId: z.uuid().nullable().default(null),
});
export type RootCauseInput = z.infer<typeof RootCauseInputSchema>;
export const RootCauseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  parentId: z.uuid().nullable(),
  path: z.string(),
});

export const MacroInputSchema = z.object({
  name: z.string().trim().min(1).max(80),
  body: z.string().trim().min(1).max(5000),
  internal: z.boolean().default(false),
});
export type MacroInput = z.infer<typeof MacroInputSchema>;
export const MacroSchema = MacroInputSchema.extend({ id: z.uuid() });
export const RenderedMacroSchema = z.object({ body: z.string(), internal: z.boolean() });
