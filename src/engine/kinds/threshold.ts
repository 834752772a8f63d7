/** Threshold: one metric against a bound (at-least, more-than, at-most, less-than, between); all or nothing. */
import { satisfies } from '../bounds.js';
import { defineKind, noData } from './kind.js';
import { boundShortfall, maskedShortfall, readNumber } from './read.js';

export const threshold = defineKind({
  kind: 'threshold',
  uses: (c) => [{ metric: c.metric }],
  evaluate(c, a, rubric) {
    const masked = maskedShortfall(c.bound);
    if (masked) return noData([masked]);
    const v = readNumber(a, c.metric);
    if (!v.ok) return noData([v.shortfall]);
    if (satisfies(v.value, c.bound)) return { status: 'met', earned: c.points, shortfalls: [] };
    return { status: 'unmet', earned: 0, shortfalls: [boundShortfall(c.metric, v.value, c.bound, rubric)] };
  },
});
