/** Graded states (状态描述法): A/B/C/C# earn 100/66/33/0% of the points; given directly or chosen by bands. */
import { z } from 'zod';
import { BoundFields, CriterionBaseFields, IdSchema } from '../model/criterion-schema.js';
import { GRADE_SHARE, type Grade } from '../model/figures.js';
import { finding, type Params } from '../model/finding.js';
import type { Bound, CriterionBase } from '../model/rubric.js';
import { satisfies } from './bounds.js';
import { type KindDef, noData } from './kind.js';
import { maskedShortfall, readMetric } from './read.js';

export interface GradedCriterion extends CriterionBase {
  kind: 'graded';
  metric: string;
  grades?: { grade: Grade; bound: Bound }[];
}

const GradeBand = z.object({ grade: z.enum(['A', 'B', 'C', 'C#']), ...BoundFields }).strict();

const schema = z
  .object({
    ...CriterionBaseFields,
    kind: z.literal('graded'),
    metric: IdSchema,
    /** For a count metric (violations found): the bands that choose the grade; the rest is C#. */
    grades: z.array(GradeBand).min(1).optional(),
  })
  .strict();

export const graded: KindDef<GradedCriterion, typeof schema> = {
  kind: 'graded',
  schema,
  build(c, base, path, ctx) {
    const m = ctx.metric(c.metric, [...path, 'metric'], ['grade', 'count', 'number', 'rate']);
    if (!m) return undefined;
    if (m.type !== 'grade' && !c.grades) {
      ctx.report(finding('rubric.grades-missing', 'error', { metric: c.metric }, path));
      return undefined;
    }
    // Bands choose a grade from a number; a grade metric already is one (and would score C#).
    if (m.type === 'grade' && c.grades) {
      ctx.report(
        finding(
          'rubric.metric-type',
          'error',
          { metric: c.metric, type: m.type, expected: 'count|number|rate' },
          [...path, 'grades'],
        ),
      );
      return undefined;
    }
    const grades = c.grades?.map((g, i) => ({
      grade: g.grade,
      bound: ctx.bound(g, m.type, [...path, 'grades', i]),
    }));
    if (grades?.some((g) => !g.bound)) return undefined;
    return {
      ...base,
      kind: 'graded',
      metric: c.metric,
      ...(grades ? { grades: grades as { grade: Grade; bound: Bound }[] } : {}),
    };
  },
  uses: (c) => [{ metric: c.metric }],
  names: (c) => ({ metrics: [c.metric], facilities: [] }),
  max: (c) => c.points,
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
  describe(c, rubric) {
    const type = rubric.metrics[c.metric]?.type;
    return {
      code: 'authoring.rule.graded',
      params: {
        metric: { metric: c.metric },
        grades: c.grades
          ? {
              join: c.grades.map((g) => ({ concat: [g.grade, ' ', { bound: g.bound, type }] })),
              sep: 'comma',
            }
          : '',
      },
    };
  },
  lint: () => [],
  subject: (c) => c.metric,
  listsItems: false,
  editor: { override: { metric: IdSchema, grades: { each: GradeBand } } },
};
