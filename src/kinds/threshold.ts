/** Threshold: one metric against a bound (at-least, more-than, at-most, less-than, between); all or nothing. */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import type { Bound, CriterionBase } from '../model/rubric.js';
import { satisfies } from './bounds.js';
import { type KindDef, noData } from './kind.js';
import { boundShortfall, maskedShortfall, NUMERIC, readNumber } from './read.js';

export interface ThresholdCriterion extends CriterionBase {
  kind: 'threshold';
  metric: string;
  bound: Bound;
}

const schema = z
  .object({ ...CriterionBaseFields, kind: z.literal('threshold'), metric: IdSchema, ...BoundFields })
  .strict();

export const threshold: KindDef<ThresholdCriterion, typeof schema> = {
  kind: 'threshold',
  schema,
  build(c, base, path, ctx) {
    const m = ctx.metric(c.metric, [...path, 'metric'], NUMERIC);
    const bound = m && ctx.bound(c, m.type, path);
    return m && bound ? { ...base, kind: 'threshold', metric: c.metric, bound } : undefined;
  },
  uses: (c) => [{ metric: c.metric }],
  names: (c) => ({ metrics: [c.metric], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a, rubric) {
    const masked = maskedShortfall(c.bound);
    if (masked) return noData([masked]);
    const v = readNumber(a, c.metric);
    if (!v.ok) return noData([v.shortfall]);
    if (satisfies(v.value, c.bound)) return { status: 'met', earned: c.points, shortfalls: [] };
    return { status: 'unmet', earned: 0, shortfalls: [boundShortfall(c.metric, v.value, c.bound, rubric)] };
  },
  describe: (c, rubric) => ({
    code: 'authoring.rule.threshold',
    params: { metric: { metric: c.metric }, bound: { bound: c.bound, type: rubric.metrics[c.metric]?.type } },
  }),
  lint: () => [],
  subject: (c) => c.metric,
  listsItems: false,
  editor: { override: { metric: IdSchema, ...BoundFields } },
};
