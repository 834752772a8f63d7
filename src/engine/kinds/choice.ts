/**
 * Choice: a choice metric declared (一社区一品牌: the community names its brand). Met when any
 * option is chosen, or, with `one-of`, one of the options listed (a tier's earlier award).
 */
import type { Assessment } from '../../model/assessment.js';
import type { Shortfall } from '../result.js';
import { defineKind, noData } from './kind.js';
import { readMetric } from './read.js';

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

export const choice = defineKind({
  kind: 'choice',
  uses: (c) => [{ metric: c.metric }],
  evaluate(c, a) {
    const r = choiceShortfall(a, c.metric, c.oneOf);
    if (r.ok) return { status: 'met', earned: c.points, shortfalls: [] };
    if (r.noData) return noData([r.shortfall]);
    return { status: 'unmet', earned: 0, shortfalls: [r.shortfall] };
  },
});
