/** Deductions: start from the points, take off per occurrence or by band; never below 0. */
import { satisfies } from '../bounds.js';
import { defineKind, noData, statusOf } from './kind.js';
import { maskedShortfall, readNumber } from './read.js';

export const deduction = defineKind({
  kind: 'deduction',
  uses: (c) => [{ metric: c.metric }],
  evaluate(c, a, rubric) {
    const v = readNumber(a, c.metric);
    if (!v.ok) return noData([v.shortfall]);
    let deducted = 0;
    if (c.perOccurrence !== undefined) deducted = v.value * c.perOccurrence;
    else if (c.bands) {
      for (const b of c.bands) {
        const masked = maskedShortfall(b.bound);
        if (masked) return noData([masked]);
      }
      deducted = c.bands.find((b) => satisfies(v.value, b.bound))?.deduct ?? 0;
    }
    const earned = Math.max(0, c.points - deducted);
    if (deducted <= 0) return { status: 'met', earned, shortfalls: [] };
    const code = 'shortfall.deducted';
    const params = { metric: c.metric, actual: v.value, deducted: Math.min(deducted, c.points) };
    const unit = rubric.metrics[c.metric]?.type;
    return {
      status: statusOf(earned, c.points),
      earned,
      shortfalls: [unit ? { code, params, unit } : { code, params }],
    };
  },
});
