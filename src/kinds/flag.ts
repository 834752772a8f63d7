/** Flag: a yes/no fact that must hold (无毒社区: true) or must not (major fire: false). */
import { z } from 'zod';
import { CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import type { CriterionBase } from '../model/rubric.js';
import { type KindDef, noData } from './kind.js';
import { readMetric } from './read.js';

export interface FlagCriterion extends CriterionBase {
  kind: 'flag';
  metric: string;
  expect: boolean;
}

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('flag'),
    metric: IdSchema,
    expect: z.boolean().default(true),
  })
  .strict();

export const flag: KindDef<FlagCriterion, typeof schema> = {
  kind: 'flag',
  schema,
  build(c, base, path, ctx) {
    const m = ctx.metric(c.metric, [...path, 'metric'], ['flag']);
    return m ? { ...base, kind: 'flag', metric: c.metric, expect: c.expect } : undefined;
  },
  uses: (c) => [{ metric: c.metric }],
  names: (c) => ({ metrics: [c.metric], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a) {
    const r = readMetric(a, c.metric);
    if (!r.ok) return noData([r.shortfall]);
    if (r.value === c.expect) return { status: 'met', earned: c.points, shortfalls: [] };
    return {
      status: 'unmet',
      earned: 0,
      shortfalls: [
        {
          code: c.expect ? 'shortfall.flag-missing' : 'shortfall.flag-present',
          params: { metric: c.metric },
        },
      ],
    };
  },
  describe: (c) => ({
    code: 'authoring.rule.flag',
    params: { metric: { metric: c.metric }, expect: { word: c.expect ? 'authoring.yes' : 'authoring.no' } },
  }),
  lint: () => [],
  subject: (c) => c.metric,
  listsItems: false,
  editor: { override: { metric: IdSchema, expect: z.boolean() } },
};
