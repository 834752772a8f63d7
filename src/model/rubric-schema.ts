/**
 * The rubric file format (评分细则) as zod schemas: the shape only. Figures stay raw
 * (number, `150 m2`, `85%`, or a masked `**`) and are read against their metric's type
 * when the rubric is built (see build-rubric.ts).
 */
import { z } from 'zod';
import { COUNT_NOUNS } from './count-nouns.js';
import { METRIC_TYPES } from './figures.js';
import { LocalizedSchema } from './localized.js';

export const ID_RE = /^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9_.\-\u4e00-\u9fff]{0,79}$/;
export const IdSchema = z.string().regex(ID_RE);

/** A figure as written: a number, a string with a unit or percent sign, or a masked placeholder. */
export const FigureSchema = z.union([z.number(), z.string().min(1)]);

/** Bounds, worded as the sources word them (DOMAIN.md): at-least 以上/不低于, more-than 超过, … */
export const BoundFields = {
  'at-least': FigureSchema.optional(),
  'more-than': FigureSchema.optional(),
  'at-most': FigureSchema.optional(),
  'less-than': FigureSchema.optional(),
  between: z.tuple([FigureSchema, FigureSchema]).optional(),
};

export const SourceSchema = z
  .object({
    /** The source document's title, shown to users (the file name is only a reference). */
    title: LocalizedSchema.optional(),
    file: z.string().min(1).optional(),
    quote: z.string().min(1).optional(),
    year: z.number().int().optional(),
    note: z.string().optional(),
    /** Not in the source document: added from common scoring practice (shown as such to users). */
    inferred: z.boolean().optional(),
  })
  .strict();

const CriterionBase = {
  id: IdSchema,
  title: LocalizedSchema.optional(),
  points: z.number().min(0).default(0),
  veto: z.boolean().default(false),
  /** Something that happened in the period (a major fire): it cannot be fixed, only reported. */
  event: z.boolean().default(false),
  source: SourceSchema.optional(),
  note: z.string().optional(),
};

export const ChecklistItemSchema = z.union([
  IdSchema,
  z
    .object({
      facility: IdSchema,
      'min-area': FigureSchema.optional(),
      'min-count': z.number().int().min(1).optional(),
    })
    .strict(),
]);

export const ConditionSchema = z.union([
  IdSchema,
  z.object({ facility: IdSchema, 'min-area': FigureSchema.optional() }).strict(),
  z.object({ metric: IdSchema, ...BoundFields, expect: z.boolean().optional() }).strict(),
]);

const ChecklistSchema = z
  .object({
    ...CriterionBase,
    kind: z.literal('checklist'),
    items: z.array(ChecklistItemSchema).min(1),
    scoring: z.enum(['proportional', 'all']).default('proportional'),
  })
  .strict();

const ThresholdSchema = z
  .object({ ...CriterionBase, kind: z.literal('threshold'), metric: IdSchema, ...BoundFields })
  .strict();

const RatioSchema = z
  .object({
    ...CriterionBase,
    kind: z.literal('ratio'),
    metric: IdSchema,
    per: z.object({ metric: IdSchema, every: z.number().positive().default(1) }).strict(),
    ...BoundFields,
  })
  .strict();

const CountSchema = z
  .object({
    ...CriterionBase,
    kind: z.literal('count'),
    items: z.array(ConditionSchema).min(1),
    bands: z
      .array(z.object({ met: z.number().int().min(0), points: z.number().min(0) }).strict())
      .min(1)
      .optional(),
  })
  .strict();

const GradedSchema = z
  .object({
    ...CriterionBase,
    kind: z.literal('graded'),
    metric: IdSchema,
    /** For a count metric (violations found): the bands that choose the grade; the rest is C#. */
    grades: z
      .array(z.object({ grade: z.enum(['A', 'B', 'C', 'C#']), ...BoundFields }).strict())
      .min(1)
      .optional(),
  })
  .strict();

const DeductionSchema = z
  .object({
    ...CriterionBase,
    kind: z.literal('deduction'),
    metric: IdSchema,
    'per-occurrence': z.number().positive().optional(),
    bands: z
      .array(z.object({ ...BoundFields, deduct: z.number().min(0) }).strict())
      .min(1)
      .optional(),
  })
  .strict();

/** A choice declared: any of its metric's options, or (with `one-of`) one of those listed. */
const ChoiceSchema = z
  .object({
    ...CriterionBase,
    kind: z.literal('choice'),
    metric: IdSchema,
    'one-of': z.array(IdSchema).min(1).optional(),
  })
  .strict();

const FlagSchema = z
  .object({ ...CriterionBase, kind: z.literal('flag'), metric: IdSchema, expect: z.boolean().default(true) })
  .strict();

export const CriterionSchema = z.discriminatedUnion('kind', [
  ChecklistSchema,
  ThresholdSchema,
  RatioSchema,
  CountSchema,
  GradedSchema,
  DeductionSchema,
  FlagSchema,
  ChoiceSchema,
]);
export type RawCriterion = z.infer<typeof CriterionSchema>;
export const CRITERION_KINDS = [
  'checklist',
  'threshold',
  'ratio',
  'count',
  'graded',
  'deduction',
  'flag',
  'choice',
] as const;

export const SectionSchema = z
  .object({
    id: IdSchema,
    title: LocalizedSchema.optional(),
    weight: z.number().positive().optional(),
    criteria: z.array(CriterionSchema),
  })
  .strict();

export const FacilitySchema = z
  .object({
    'zh-CN': z.string().min(1).optional(),
    'zh-TW': z.string().min(1).optional(),
    en: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** One option of a choice metric: its labels and the other names a community may write. */
export const ChoiceOptionSchema = FacilitySchema;

export const MetricSchema = z
  .object({
    type: z.enum(METRIC_TYPES),
    /** For a choice: the options, by id, in the order the rubric lists them. */
    options: z.record(IdSchema, ChoiceOptionSchema).optional(),
    /** For a choice: communities of one street (or district) sharing an option are flagged for review. */
    'distinct-within': z.enum(['street', 'district']).optional(),
    /** For a count: what it counts, so that `2400人` is not read as 2400 households. */
    unit: z.enum(COUNT_NOUNS).optional(),
    title: LocalizedSchema.optional(),
    description: LocalizedSchema.optional(),
  })
  .strict();

export const TierSchema = z
  .object({
    id: IdSchema,
    title: LocalizedSchema.optional(),
    'min-score': z.number().min(0),
    /** Criteria that must be met; or a choice metric's value, `{ metric, one-of }` (an earlier award). */
    requires: z
      .array(z.union([IdSchema, z.object({ metric: IdSchema, 'one-of': z.array(IdSchema).min(1) }).strict()]))
      .default([]),
  })
  .strict();

export const QuotaSchema = z
  .object({
    id: IdSchema,
    title: LocalizedSchema.optional(),
    group: z.enum(['street', 'district', 'all']),
    share: z.object({ tier: IdSchema }).strict(),
    'at-least': FigureSchema.optional(),
    'more-than': FigureSchema.optional(),
    source: SourceSchema.optional(),
  })
  .strict();

/**
 * The years of a campaign's cycle combined into one score (the national civilized-city assessment
 * weights a three-year cycle 15% / 25% / 60%), oldest year first, with optional tiers of the
 * composite.
 */
export const CycleSchema = z
  .object({
    years: z.number().int().min(1).max(10),
    weights: z.array(FigureSchema).min(1),
    tiers: z.array(TierSchema.omit({ requires: true })).default([]),
    source: SourceSchema.optional(),
  })
  .strict();

export const ExemptionSchema = z
  .object({
    community: IdSchema,
    criterion: IdSchema,
    reason: z.string().min(1),
    expires: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()]),
    'granted-by': z.string().optional(),
    /** Must be given to waive a veto item: a veto is never waived by accident. */
    veto: z.boolean().optional(),
  })
  .strict();

export const RubricFileSchema = z
  .object({
    $schema: z.string().optional(),
    rubric: IdSchema,
    title: LocalizedSchema,
    level: z.enum(['community', 'street']).default('community'),
    year: z.number().int().min(1949).max(2100).optional(),
    description: LocalizedSchema.optional(),
    source: SourceSchema.optional(),
    extends: z.string().min(1).nullable().optional(),
    /** With `extends`: ids of inherited criteria, sections, tiers or quotas to drop. */
    drop: z.array(IdSchema).default([]),
    facilities: z.record(IdSchema, FacilitySchema).default({}),
    metrics: z.record(IdSchema, MetricSchema).default({}),
    sections: z.array(SectionSchema).default([]),
    tiers: z.array(TierSchema).default([]),
    quotas: z.array(QuotaSchema).default([]),
    exemptions: z.array(ExemptionSchema).default([]),
    cycle: CycleSchema.optional(),
  })
  .strict();
export type RubricFile = z.infer<typeof RubricFileSchema>;

/** A waivers file: exemptions granted by a district, kept apart from the communities' files. */
export const WaiversFileSchema = z
  .object({
    $schema: z.string().optional(),
    waivers: z.string().min(1).optional(),
    rubric: IdSchema.optional(),
    exemptions: z.array(ExemptionSchema),
  })
  .strict();
