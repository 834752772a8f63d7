/**
 * The cost file (`costs.yaml`) as a district writes it: what each kind of fix costs, per METRIC
 * (元 per ㎡ of floor area, with renting as an alternative at its own price; per person; per
 * percentage point of a rate) or per facility, with the effort in months and the responsible unit
 * (责任单位). A community's own quote is the same file with `community:`; the district's file says
 * whether quotes are allowed. Only the shape is here; costs.ts reads it against a rubric.
 */
import { z } from 'zod';
import { IdSchema } from './criterion-schema.js';
import { LocalizedSchema } from './localized.js';

/** How a fix is done: each has its own words in the catalogue (新建, 租用 …). */
export const WAYS = ['build', 'rent', 'buy', 'train', 'hire', 'set-up', 'other'] as const;
export type WayKind = (typeof WAYS)[number];

/** An amount of money in 元: a number, or text with 元 / 万元 (`30万元`, `1.5 万`). */
export const MoneySchema = z.union([z.number().min(0), z.string().min(1)]);

export const WaySchema = z
  .object({
    way: z.enum(WAYS).default('build'),
    /** Words of its own, for `other` or to name it precisely (租用临时用房). */
    title: LocalizedSchema.optional(),
    /** Paid once, whatever the amount (a facility, a flag, a team set up). */
    fixed: MoneySchema.optional(),
    /** Per unit of the metric: per ㎡, per person, per percentage point of a rate. */
    'per-unit': MoneySchema.optional(),
    /** Effort in months (the time it takes, counted against a months limit). */
    months: z.number().min(0).default(0),
    /** 责任单位: who does it. */
    responsible: LocalizedSchema.optional(),
    /** Other metrics the same action moves by the same amount (more service rooms raise both areas). */
    also: z.array(IdSchema).optional(),
    /** One fix serves up to this many communities of a street (a health station for 2–3). */
    shared: z.number().int().min(2).optional(),
  })
  .strict();
export type WayFile = z.output<typeof WaySchema>;

const Ways = z.union([WaySchema, z.array(WaySchema).min(1)]);

export const CostsFileSchema = z
  .object({
    /** The rubric whose metrics and facilities are priced (id). */
    rubric: IdSchema,
    title: LocalizedSchema.optional(),
    /** Set in a community's own quote: whose prices these are. */
    community: z.string().min(1).optional(),
    /** The district's file: whether a community's own quotes replace its prices (default forbid). */
    quotes: z.enum(['allow', 'forbid']).optional(),
    metrics: z.record(IdSchema, Ways).optional(),
    facilities: z.record(IdSchema, Ways).optional(),
    note: z.string().optional(),
  })
  .strict();
export type CostsFile = z.output<typeof CostsFileSchema>;
