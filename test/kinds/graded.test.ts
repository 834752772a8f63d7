/**
 * The graded kind's describe against a rubric that does not type its metric (StrykerJS,
 * src/kinds/graded.ts): the grades' bounds are untyped, and nothing throws. By hand.
 */
import { describe, expect, it } from 'vitest';
import type { GradedCriterion } from '../../src/kinds/graded.js';
import { KINDS } from '../../src/kinds/registry.js';
import { miniRubric } from '../helpers/build.js';

describe('graded describe', () => {
  it('against a rubric without the metric: each grade’s bound untyped', () => {
    const r = miniRubric({
      metrics: 'v: { type: count }',
      criteria:
        '- { id: c, kind: graded, metric: v, points: 6, grades: [{ grade: A, at-most: 0 }, { grade: B, at-most: 2 }] }',
    });
    const c = r.sections[0]!.criteria[0] as GradedCriterion;
    const [a, b] = c.grades!;
    expect(KINDS.graded.describe(c, { ...r, metrics: {} })).toEqual({
      code: 'authoring.rule.graded',
      params: {
        metric: { metric: 'v' },
        grades: {
          join: [
            { concat: ['A', ' ', { bound: a!.bound, type: undefined }] },
            { concat: ['B', ' ', { bound: b!.bound, type: undefined }] },
          ],
          sep: 'comma',
        },
      },
    });
  });
});
