/**
 * The parts of the rubric file format every criterion kind shares: ids, figures, bounds, the
 * source and the fields any criterion has. Each kind's own schema is in src/kinds/<kind>.ts;
 * rubric-schema.ts puts them together (and re-exports these).
 */
import { z } from 'zod';
import { EvidenceRequirementSchema } from './evidence.js';
import { LocalizedSchema } from './localized.js';
import { PRACTICE_FACETS } from './practice.js';

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
    /**
     * Which figures of this item come from common scoring practice, not from the source, each
     * marked ※ where users see it: `points`, `weight` (a section's), `min-score` and `requires` (a
     * tier's threshold and requirements, an award ladder included). On the rubric's own `source`
     * it is the default for every item; an item's own list replaces it (`[]`: none).
     */
    practice: z.array(z.enum(PRACTICE_FACETS)).optional(),
  })
  .strict();

/** The fields every criterion has, whatever its kind. */
export const CriterionBaseFields = {
  id: IdSchema,
  title: LocalizedSchema.optional(),
  points: z.number().min(0).default(0),
  veto: z.boolean().default(false),
  /** Something that happened in the period (a major fire): it cannot be fixed, only reported. */
  event: z.boolean().default(false),
  source: SourceSchema.optional(),
  note: z.string().optional(),
  /**
   * 材料审核: the criterion counts only with its evidence (台账) intact: `required` (any kind) or
   * the kinds that will do. Without it the criterion is "no data", never a pass.
   */
  evidence: EvidenceRequirementSchema.optional(),
};
