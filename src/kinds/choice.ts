/**
 * Choice: a choice metric declared (一社区一品牌: the community names its brand's category). Met
 * when any option is chosen, or, with `one-of`, one of the options listed (a tier's earlier
 * award); on a text metric (the brand in the community's own words), when a name is given.
 */
import { z } from 'zod';
import type { Assessment } from '../model/assessment.js';
import { CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import type { CriterionBase } from '../model/rubric.js';
import type { RuleDescription } from './describe.js';
import { type KindDef, noData } from './kind.js';
import { readMetric } from './read.js';
import type { Shortfall } from './shortfall.js';

export interface ChoiceCriterion extends CriterionBase {
  kind: 'choice';
  metric: string;
  /** The options that meet it; any option when absent. */
  oneOf?: string[];
}

/** A choice declared: any of its metric's options, or (with `one-of`) one of those listed. */
const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('choice'),
    metric: IdSchema,
    'one-of': z.array(IdSchema).min(1).optional(),
  })
  .strict();

/** Whether a community's value is among the options (any, without a list); the shortfall if not. */
export function choiceShortfall(
  a: Assessment,
  metric: string,
  oneOf: readonly string[] | undefined,
): { ok: true } | { ok: false; noData: boolean; shortfall: Shortfall } {
  const r = readMetric(a, metric);
  if (!r.ok) return { ok: false, noData: true, shortfall: r.shortfall };
  const chosen = String(r.value);
  if (!oneOf || oneOf.includes(chosen)) return { ok: true };
  return {
    ok: false,
    noData: false,
    shortfall: {
      code: 'shortfall.choice-other',
      params: { metric, option: chosen, options: oneOf.join('|') },
    },
  };
}

export const choice: KindDef<ChoiceCriterion, typeof schema> = {
  kind: 'choice',
  schema,
  build(c, base, path, ctx) {
    const oneOf = c['one-of'];
    const m = ctx.metric(c.metric, [...path, 'metric'], oneOf ? ['choice'] : ['choice', 'text']);
    if (!m) return undefined;
    if (oneOf && !ctx.options(m, oneOf, [...path, 'one-of'])) return undefined;
    return { ...base, kind: 'choice', metric: c.metric, ...(oneOf ? { oneOf } : {}) };
  },
  uses: (c) => [{ metric: c.metric }],
  names: (c) => ({ metrics: [c.metric], facilities: [] }),
  max: (c) => c.points,
  evaluate(c, a) {
    const r = choiceShortfall(a, c.metric, c.oneOf);
    if (r.ok) return { status: 'met', earned: c.points, shortfalls: [] };
    if (r.noData) return noData([r.shortfall]);
    return { status: 'unmet', earned: 0, shortfalls: [r.shortfall] };
  },
  describe: (c): RuleDescription =>
    c.oneOf
      ? {
          code: 'authoring.rule.choice-of',
          params: { metric: { metric: c.metric }, options: { options: c.oneOf, of: c.metric } },
        }
      : { code: 'authoring.rule.choice', params: { metric: { metric: c.metric } } },
  lint: () => [],
  subject: (c) => c.metric,
  listsItems: false,
  editor: { override: { metric: IdSchema, 'one-of': z.array(IdSchema).min(1) } },
};
