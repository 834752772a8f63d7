/**
 * A saved plan (`civscore plan --format json --output plan.json`) as `plan status` reads it back:
 * the plan's day, and per rubric table the rubric's sha256 and the planned lifts with their fixes
 * (what each fix moves, from what to what, when it is due, what it costs). Only what the status
 * needs is checked; anything else the file holds is left alone.
 */
import { z } from 'zod';

const Value = z.union([z.number(), z.boolean(), z.string()]);

const SavedFixSchema = z.object({
  metric: z.string().optional(),
  facility: z.string().optional(),
  way: z.string(),
  from: Value.optional(),
  to: Value,
  unit: z.string(),
  amount: z.number(),
  cost: z.number(),
  months: z.number(),
  due: z.string(),
  responsible: z.record(z.string(), z.string()).optional(),
  shared: z.number().optional(),
});

const SavedLiftSchema = z.object({
  community: z.string(),
  name: z.string(),
  file: z.string(),
  groups: z.record(z.string(), z.string().nullable()),
  from: z.string().nullable(),
  tier: z.string(),
  cost: z.number(),
  months: z.number(),
  fixes: z.array(SavedFixSchema),
});

const SavedStationSchema = z.object({
  street: z.string().nullable(),
  metric: z.string().optional(),
  facility: z.string().optional(),
  count: z.number(),
  cost: z.number(),
  serves: z.array(z.string()),
});

const SavedTableSchema = z.object({
  rubric: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  period: z.string(),
  cost: z.number(),
  lifts: z.array(SavedLiftSchema),
  stations: z.array(SavedStationSchema),
  /** Which scope each quota is planned over: the status lists the lifts by the finest, as the plan does. */
  quotas: z.array(
    z.object({ by: z.enum(['community', 'street', 'district', 'all']), key: z.string().nullable() }),
  ),
});

export const SavedPlanSchema = z.object({
  kind: z.literal('civscore-plan'),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  unit: z.enum(['yuan', 'fixes']),
  cost: z.number(),
  tables: z.array(SavedTableSchema),
});

export type SavedFix = z.infer<typeof SavedFixSchema>;
export type SavedLift = z.infer<typeof SavedLiftSchema>;
export type SavedStation = z.infer<typeof SavedStationSchema>;
export type SavedTable = z.infer<typeof SavedTableSchema>;
export type SavedPlan = z.infer<typeof SavedPlanSchema>;

/** The saved plan, or undefined when the data is not one (another JSON file, or a plan from before sha256s were kept). */
export function readSavedPlan(data: unknown): SavedPlan | undefined {
  const r = SavedPlanSchema.safeParse(data);
  return r.success ? r.data : undefined;
}
