/**
 * Ratio per size: a metric per N of another (≥ 30 m² per 100 households). Compared as
 * value ≥ figure × size ÷ N, so the shortfall reads "needs 900 m² for 3000 households".
 */
import { clean, figureValue, satisfies } from '../bounds.js';
import { defineKind, noData } from './kind.js';
import { maskedShortfall, readNumber } from './read.js';

export const ratio = defineKind({
  kind: 'ratio',
  uses: (c) => [{ metric: c.metric }, { metric: c.per.metric, per: true }],
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
});
