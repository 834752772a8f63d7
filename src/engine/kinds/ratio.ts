/**
 * Ratio per size: a metric per N of another (≥ 30 m² per 100 households). Compared as
 * value ≥ figure × size ÷ N, so the shortfall reads "needs 900 m² for 3000 households".
 */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, IdSchema } from '../../model/criterion-schema.js';
import type { Bound, CriterionBase } from '../../model/rubric.js';
import { clean, figureValue, satisfies } from '../bounds.js';
import { type KindDef, noData } from './kind.js';
import { maskedShortfall, NUMERIC, readNumber } from './read.js';

export interface RatioCriterion extends CriterionBase {
  kind: 'ratio';
  metric: string;
  per: { metric: string; every: number };
  bound: Bound;
}

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('ratio'),
    metric: IdSchema,
    per: z.object({ metric: IdSchema, every: z.number().positive().default(1) }).strict(),
    ...BoundFields,
  })
  .strict();

export const ratio: KindDef<RatioCriterion, typeof schema> = {
  kind: 'ratio',
  schema,
  build(c, base, path, ctx) {
    const m = ctx.metric(c.metric, [...path, 'metric'], NUMERIC);
    const per = ctx.metric(c.per.metric, [...path, 'per', 'metric'], ['count', 'number', 'area']);
    const bound = m && ctx.bound(c, m.type === 'rate' ? 'number' : m.type, path);
    return m && per && bound ? { ...base, kind: 'ratio', metric: c.metric, per: c.per, bound } : undefined;
  },
  uses: (c) => [{ metric: c.metric }, { metric: c.per.metric, per: true }],
  names: (c) => ({ metrics: [c.metric, c.per.metric], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a, rubric) {
    const masked = maskedShortfall(c.bound);
    if (masked) return noData([masked]);
    const v = readNumber(a, c.metric);
    if (!v.ok) return noData([v.shortfall]);
    const size = readNumber(a, c.per.metric);
    if (!size.ok) return noData([size.shortfall]);
    if (size.value <= 0) return noData([{ code: 'shortfall.per-zero', params: { metric: c.per.metric } }]);
    const scale = size.value / c.per.every;
    if (satisfies(v.value, c.bound, scale)) return { status: 'met', earned: c.points, shortfalls: [] };
    const rate = figureValue(c.bound.value)!;
    const needed = rate * scale;
    const code =
      c.bound.op === 'at-least' || c.bound.op === 'more-than'
        ? 'shortfall.ratio-below'
        : c.bound.op === 'between'
          ? 'shortfall.ratio-outside'
          : 'shortfall.ratio-above';
    const gap = code === 'shortfall.ratio-above' ? v.value - needed : needed - v.value;
    const params = {
      metric: c.metric,
      actual: v.value,
      per: c.per.metric,
      size: size.value,
      every: c.per.every,
      rate,
      needed: clean(needed),
      gap: clean(Math.max(0, gap)),
    };
    const unit = rubric.metrics[c.metric]?.type;
    return { status: 'unmet', earned: 0, shortfalls: [unit ? { code, params, unit } : { code, params }] };
  },
  describe(c, rubric) {
    const type = rubric.metrics[c.metric]?.type;
    return {
      code: 'authoring.rule.ratio',
      params: {
        metric: { metric: c.metric },
        per: { metric: c.per.metric },
        every: { number: c.per.every },
        // A rate per N households is a plain number per N, not a percentage.
        bound: { bound: c.bound, type: type === 'rate' ? 'number' : type },
      },
    };
  },
  lint: () => [],
  subject: () => undefined,
  listsItems: false,
  editor: {
    override: {
      metric: IdSchema,
      per: z.object({ metric: IdSchema, every: z.number().positive().optional() }).strict(),
      ...BoundFields,
    },
  },
};
