/**
 * The deduction kind's facets the other tests leave open (src/kinds/deduction.ts): what `build`
 * refuses and where, a band that holds but takes nothing off, and a shortfall or description
 * against a rubric that does not type the metric. By hand.
 */
import { describe, expect, it } from 'vitest';
import type { DeductionCriterion } from '../../src/kinds/deduction.js';
import { KINDS } from '../../src/kinds/registry.js';
import { allCriteria } from '../../src/model/rubric.js';
import { buildFromYaml, criterion, miniRubric, scoreOf } from '../helpers/build.js';

function built(fields: string) {
  const text = [
    'rubric: b',
    'title: b',
    'metrics: { n: { type: count } }',
    'sections:',
    '  - id: sec',
    '    criteria:',
    `      - { id: c, kind: deduction, metric: n, points: 10, ${fields} }`,
  ].join('\n');
  const { rubric, findings } = buildFromYaml(text);
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path]),
    criteria: allCriteria(rubric),
  };
}
const at = (...rest: (string | number)[]) => ['sections', 0, 'criteria', 0, ...rest];

describe('deduction build', () => {
  it('so much each time and bands together, or neither: refused at the criterion', () => {
    for (const fields of ['per-occurrence: 1, bands: [{ at-least: 1, deduct: 2 }]', 'note: neither']) {
      const b = built(fields);
      expect(b.errors).toEqual([['rubric.deduction-rule', at()]]);
      expect(b.criteria).toEqual([]);
    }
  });

  it('a band whose bound cannot be read: refused at that band', () => {
    const b = built('bands: [{ at-least: 1, deduct: 2 }, { at-least: lots, deduct: 4 }]');
    expect(b.errors).toEqual([['rubric.figure-invalid', at('bands', 1, 'at-least')]]);
    expect(b.criteria).toEqual([]);
  });

  it('bands kept in order with their deductions', () => {
    const b = built('bands: [{ at-least: 5, deduct: 6 }, { at-least: 1, deduct: 2 }]');
    expect(b.errors).toEqual([]);
    expect(b.criteria[0]).toMatchObject({
      bands: [
        { bound: { op: 'at-least', value: { value: 5 } }, deduct: 6 },
        { bound: { op: 'at-least', value: { value: 1 } }, deduct: 2 },
      ],
    });
  });
});

describe('deduction evaluate and describe', () => {
  const r = miniRubric({
    metrics: 'n: { type: count }',
    criteria: `
- { id: zero, kind: deduction, metric: n, points: 10, bands: [{ at-most: 2, deduct: 0 }, { at-least: 3, deduct: 4 }] }
- { id: each, kind: deduction, metric: n, per-occurrence: 3, points: 10 }`,
  });

  it('a band that holds but takes nothing off: met, every point, no shortfall', () => {
    expect(criterion(scoreOf(r, { n: 1 }), 'zero')).toMatchObject({
      status: 'met',
      earned: 10,
      shortfalls: [],
    });
    expect(criterion(scoreOf(r, { n: 3 }), 'zero')).toMatchObject({ status: 'partial', earned: 6 });
  });

  it('against a rubric without the metric: a shortfall with no unit, bands untyped', () => {
    const [zero, each] = r.sections[0]!.criteria as DeductionCriterion[];
    const a = { entity: { id: 'x', name: 'x' }, metrics: { n: 2 }, unreadable: {} } as never;
    // 2 × 3 = 6 taken off 10: 4 left.
    expect(KINDS.deduction.evaluate(each!, a, { ...r, metrics: {} })).toEqual({
      status: 'partial',
      earned: 4,
      shortfalls: [{ code: 'shortfall.deducted', params: { metric: 'n', actual: 2, deducted: 6 } }],
    });
    expect(KINDS.deduction.describe(zero!, { ...r, metrics: {} })).toEqual({
      code: 'authoring.rule.deduction-bands',
      params: {
        metric: { metric: 'n' },
        bands: {
          join: [
            { concat: [{ bound: zero!.bands![0]!.bound, type: undefined }, ' −', { number: 0 }] },
            { concat: [{ bound: zero!.bands![1]!.bound, type: undefined }, ' −', { number: 4 }] },
          ],
          sep: 'comma',
        },
      },
    });
  });
});
