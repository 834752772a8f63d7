/**
 * Roll-up: a street's criterion scored from its compounds' or communities' results, as `rank`
 * judged them (the pipeline hands them over in `assessment.lower`): how many reach a tier of the
 * lower rubric, their share of all, or their mean score, against a bound; all or nothing. Every
 * member of the street counts, as in a quota: one with errors, an id in several files or no file
 * at all counts as not reaching the tier, with 0 points. Alone (`check` on the street's file)
 * there is nothing to roll up: no data, and the shortfall says to rank it with its lower level.
 */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import { finding } from '../model/finding.js';
import type { Localized } from '../model/localized.js';
import {
  LOWER_LEVELS,
  type LowerGroup,
  type LowerLevel,
  ROLL_UP_MEASURES,
  type RolledUp,
  type RollUpMeasure,
} from '../model/lower-levels.js';
import type { Bound, CriterionBase } from '../model/rubric.js';
import { clean, figureValue, satisfies } from './bounds.js';
import { type KindDef, noData, type Outcome } from './kind.js';
import { maskedShortfall } from './read.js';
import type { Shortfall } from './shortfall.js';

export interface RollUpCriterion extends CriterionBase {
  kind: 'roll-up';
  from: LowerLevel;
  /** The lower rubric, as written: a built-in id or a path beside the rubric. */
  rubric: string;
  measure: RollUpMeasure;
  /** The lower rubric's tier counted (at it or above): for count and share. */
  tier?: string;
  bound: Bound;
  /** Set when the rubric is loaded (src/load/roll-up-refs.ts): the lower rubric's id and tier titles. */
  lower?: LowerRubricRef;
}

/** The lower rubric a roll-up names, as loading found it. */
export interface LowerRubricRef {
  id: string;
  /** Its title, to name it where a person reads. */
  title?: Localized;
  /** Its tiers, highest first, with their titles (to word the tier counted). */
  tiers: { id: string; title: Localized }[];
}

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('roll-up'),
    from: z.enum(LOWER_LEVELS as [LowerLevel, ...LowerLevel[]]),
    rubric: z.string().min(1).max(300),
    measure: z.enum(ROLL_UP_MEASURES as [RollUpMeasure, ...RollUpMeasure[]]),
    tier: IdSchema.optional(),
    ...BoundFields,
  })
  .strict();

/** How a measure's bound is read: a count of members, a share, or points. */
const TYPE = { count: 'count', share: 'rate', 'mean-score': 'number' } as const;

/** What the street's members give for the criterion: counted as a quota counts them. */
export function rollUp(c: RollUpCriterion, g: LowerGroup): RolledUp {
  const want = c.tier === undefined ? -1 : g.tiers.indexOf(c.tier);
  let reached = 0;
  let unscored = 0;
  let missing = 0;
  let sum = 0;
  for (const m of g.members) {
    if (m.unscored === 'missing' || m.unscored === 'unfilled') missing++;
    else if (m.unscored) unscored++;
    if (m.total !== undefined) sum += m.total;
    if (want < 0 || m.tier === null || m.unscored) continue;
    const at = g.tiers.indexOf(m.tier);
    if (at >= 0 && at <= want) reached++;
  }
  const n = g.members.length;
  const value =
    c.measure === 'count' ? reached : c.measure === 'share' ? (n ? reached / n : 0) : n ? clean(sum / n) : 0;
  return {
    from: c.from,
    measure: c.measure,
    ...(c.tier !== undefined ? { tier: c.tier } : {}),
    ...(want > 0 ? { above: true } : {}),
    value,
    n,
    reached,
    unscored,
    missing,
    bound: c.bound,
  };
}

function shortfallOf(c: RollUpCriterion, r: RolledUp): Shortfall {
  const b = c.bound;
  return {
    code: 'shortfall.roll-up',
    params: {
      from: c.from,
      measure: c.measure,
      ...(c.tier !== undefined ? { tier: c.tier } : {}),
      actual: r.value,
      op: b.op,
      low: figureValue(b.value)!,
      ...(b.upper ? { high: figureValue(b.upper)! } : {}),
    },
    unit: TYPE[c.measure],
  };
}

export const rollUpKind: KindDef<RollUpCriterion, typeof schema> = {
  kind: 'roll-up',
  schema,
  build(c, base, path, ctx) {
    const bound = ctx.bound(c, TYPE[c.measure], path);
    if (c.measure === 'mean-score' && c.tier !== undefined) {
      ctx.report(finding('rubric.roll-up-tier', 'error', { measure: c.measure }, [...path, 'tier']));
      return undefined;
    }
    if (c.measure !== 'mean-score' && c.tier === undefined) {
      ctx.report(finding('rubric.roll-up-no-tier', 'error', {}, [...path, 'measure']));
      return undefined;
    }
    if (!bound) return undefined;
    return {
      ...base,
      kind: 'roll-up',
      from: c.from,
      rubric: c.rubric,
      measure: c.measure,
      ...(c.tier !== undefined ? { tier: c.tier } : {}),
      bound,
    };
  },
  // It reads no metric or facility of the street's own file.
  uses: () => [],
  names: () => ({ metrics: [], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a): Outcome {
    const masked = maskedShortfall(c.bound);
    const g = a.lower?.[c.id];
    if (!g) {
      const alone: Shortfall = {
        code: 'shortfall.roll-up-alone',
        params: { from: c.from, rubric: c.lower?.id ?? c.rubric },
      };
      return noData(masked ? [alone, masked] : [alone]);
    }
    const rolledUp = rollUp(c, g);
    if (masked) return { ...noData([masked]), rolledUp };
    if (c.measure !== 'count' && rolledUp.n === 0)
      return { ...noData([{ code: 'shortfall.roll-up-none', params: { from: c.from } }]), rolledUp };
    if (satisfies(rolledUp.value, c.bound))
      return { status: 'met', earned: c.points, shortfalls: [], rolledUp };
    return { status: 'unmet', earned: 0, shortfalls: [shortfallOf(c, rolledUp)], rolledUp };
  },
  describe: (c) => ({
    code: `authoring.rule.roll-up-${c.measure}`,
    params: {
      // The level's id: the catalogue words it (小区, compounds).
      from: c.from,
      // The lower rubric by its title, as loading found it; else as written.
      rubric: c.lower?.title ? { localized: c.lower.title, or: c.lower.id } : (c.lower?.id ?? c.rubric),
      ...(c.tier !== undefined ? { tier: lowerTierPiece(c, c.tier) } : {}),
      bound: { bound: c.bound, type: TYPE[c.measure] },
    },
  }),
  lint: () => [],
  subject: () => undefined,
  listsItems: false,
  editor: {
    override: {
      from: z.enum(LOWER_LEVELS as [LowerLevel, ...LowerLevel[]]),
      rubric: z.string().min(1),
      measure: z.enum(ROLL_UP_MEASURES as [RollUpMeasure, ...RollUpMeasure[]]),
      tier: IdSchema,
      ...BoundFields,
    },
  },
};

/** The lower tier by its title when loading found it, else by its id. */
function lowerTierPiece(c: RollUpCriterion, tier: string) {
  const t = c.lower?.tiers.find((x) => x.id === tier);
  return t ? { localized: t.title, or: tier } : tier;
}

/** The bound's type for a measure (count, rate or points), for those that word it. */
export const rollUpType = (m: RollUpMeasure) => TYPE[m];
