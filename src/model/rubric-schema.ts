/**
 * The rubric file format (评分细则) as zod schemas: the shape only. Figures stay raw
 * (number, `150 m2`, `85%`, or a masked `**`) and are read against their metric's type
 * when the rubric is built (see build-rubric.ts).
 */
import { z } from 'zod';
import { CRITERION_KIND_IDS, type CriterionKind, KINDS } from '../kinds/registry.js';
import { COUNT_NOUNS } from './count-nouns.js';
import { FigureSchema, IdSchema, SourceSchema } from './criterion-schema.js';
import { METRIC_TYPES } from './figures.js';
import { LocalizedSchema } from './localized.js';

export { FigureSchema, IdSchema, SourceSchema } from './criterion-schema.js';

/** A criterion: one of the kinds in src/kinds/registry.ts, told apart by `kind`. */
export const CriterionSchema = z.discriminatedUnion(
  'kind',
  CRITERION_KIND_IDS.map((k) => KINDS[k].schema) as unknown as [KindSchema, ...KindSchema[]],
);
type KindSchema = (typeof KINDS)[CriterionKind]['schema'];

export type { RawCriterion } from '../kinds/registry.js';
export const CRITERION_KINDS: readonly CriterionKind[] = CRITERION_KIND_IDS;

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

/**
 * One option of a choice metric: its labels and the other names a community may write, and where
 * it comes from when that is not the rubric's own source (生态 and 文化 in 003's list are 000's).
 */
const ChoiceOptionSchema = FacilitySchema.extend({ source: SourceSchema.optional() }).strict();

export const MetricSchema = z
  .object({
    type: z.enum(METRIC_TYPES),
    /** For a choice: the options, by id, in the order the rubric lists them. */
    options: z.record(IdSchema, ChoiceOptionSchema).optional(),
    /**
     * For a choice or a text: communities of one street (or district) sharing an option, or a name
     * after folding (夕阳红志愿服务 = 夕陽紅志願服務社区), are flagged for review.
     */
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
    /** Where the tier comes from; `practice: [min-score, requires]` marks figures not in the source. */
    source: SourceSchema.optional(),
    /** A title conferred by an authority: outputs say 达到…申报标准 / 可申报…, never that it is held. */
    conferred: z.boolean().optional(),
  })
  .strict();

export const QuotaSchema = z
  .object({
    id: IdSchema,
    title: LocalizedSchema.optional(),
    group: z.enum(['community', 'street', 'district', 'all']),
    /**
     * What it counts: those at a tier (or above), or those meeting a criterion (004's "大多数居委会的
     * 办公和服务用房达到300平方米以上" is a share of the district's committees, not a point of each).
     */
    share: z.union([z.object({ tier: IdSchema }).strict(), z.object({ criterion: IdSchema }).strict()]),
    'at-least': FigureSchema.optional(),
    'more-than': FigureSchema.optional(),
    /** A share (`[40%, 60%]`) or, written as whole numbers, a count (`[1, 2]`: 1-2个试点). */
    between: z.tuple([FigureSchema, FigureSchema]).optional(),
    /** A count of those at the tier in each group (`2`, or `'**'` when the source masks it). */
    'at-least-count': FigureSchema.optional(),
    'at-most-count': FigureSchema.optional(),
    'between-count': z.tuple([FigureSchema, FigureSchema]).optional(),
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
    tiers: z.array(TierSchema.omit({ requires: true, source: true, conferred: true })).default([]),
    source: SourceSchema.optional(),
  })
  .strict();

/**
 * What an inspector's finding of overstatement (虚报) costs: points off the verified score per
 * metric found overstated, or (veto) no tier at all. Without it, 虚报 is a finding and costs only
 * the points the inspected value loses.
 */
export const OverstatementSchema = z
  .object({
    deduct: z.number().min(0).optional(),
    veto: z.boolean().optional(),
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
    level: z.enum(['compound', 'community', 'street']).default('community'),
    year: z.number().int().min(1949).max(2100).optional(),
    description: LocalizedSchema.optional(),
    source: SourceSchema.optional(),
    extends: z.string().min(1).nullable().optional(),
    /** With `extends`: ids of inherited criteria, sections, tiers or quotas to drop. */
    drop: z.array(IdSchema).default([]),
    facilities: z.record(IdSchema, FacilitySchema).default({}),
    /**
     * Kinds of community the source sets different figures for (004: 老城区 2000–2500 households,
     * 新村小区 2500–3000): a self-assessment says its own (`community.type`), a threshold's
     * `by-type` gives each its bound.
     */
    'community-types': z.record(IdSchema, FacilitySchema).optional(),
    metrics: z.record(IdSchema, MetricSchema).default({}),
    sections: z.array(SectionSchema).default([]),
    tiers: z.array(TierSchema).default([]),
    /**
     * false: each tier is judged on its own requirements. Default (true): a tier includes every
     * lower tier's requirements, as an award ladder is climbed rung by rung.
     */
    'nested-tiers': z.boolean().optional(),
    quotas: z.array(QuotaSchema).default([]),
    exemptions: z.array(ExemptionSchema).default([]),
    cycle: CycleSchema.optional(),
    overstatement: OverstatementSchema.optional(),
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
