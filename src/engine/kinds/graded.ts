/** Graded states (状态描述法): A/B/C/C# earn 100/66/33/0% of the points; given directly or chosen by bands. */
import { GRADE_SHARE, type Grade } from '../../model/figures.js';
import type { Params } from '../../model/finding.js';
import { satisfies } from '../bounds.js';
import { defineKind, noData } from './kind.js';
import { maskedShortfall, readMetric } from './read.js';

export const graded = defineKind({
  kind: 'graded',
  uses: (c) => [{ metric: c.metric }],
  evaluate(c, a) {
    const r = readMetric(a, c.metric);
    if (!r.ok) return noData([r.shortfall]);
    let grade: Grade;
    if (c.grades) {
      for (const g of c.grades) {
        const masked = maskedShortfall(g.bound);
        if (masked) return noData([masked]);
      }
      const v = r.value as number;
      grade = c.grades.find((g) => satisfies(v, g.bound))?.grade ?? 'C#';
    } else grade = r.value as Grade;
    const share = GRADE_SHARE[grade];
    const earned = c.points * share;
    const status = grade === 'A' ? 'met' : grade === 'C#' ? 'unmet' : 'partial';
    const params: Params = c.grades
      ? { grade, share: share * 100, metric: c.metric, actual: r.value as number }
      : { grade, share: share * 100 };
    return {
      status,
      earned,
      shortfalls:
        grade === 'A' ? [] : [{ code: c.grades ? 'shortfall.grade-by' : 'shortfall.grade', params }],
    };
  },
});
