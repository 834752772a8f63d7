/**
 * registry.ts's lookups on their own: a criterion's most points and what it reads, from its kind.
 * By hand: every kind here earns at most its points.
 */
import { describe, expect, it } from 'vitest';
import { CRITERION_KIND_IDS, criterionMax, kindOf, usesOf } from '../../src/kinds/registry.js';
import { allCriteria } from '../../src/model/rubric.js';
import { miniRubric } from '../helpers/build.js';

describe('the registry', () => {
  const r = miniRubric({
    metrics: 'a: { type: area }\nn: { type: count }\nf: { type: flag }',
    facilities: 'room: { zh-CN: 活动室 }',
    criteria: `
- { id: th, kind: threshold, metric: a, at-least: 1, points: 7 }
- { id: de, kind: deduction, metric: n, per-occurrence: 1, points: 3 }
- { id: cl, kind: checklist, items: [room], points: 2.5 }
- { id: fl, kind: flag, metric: f, points: 0, veto: true }`,
  });

  it('criterionMax: the points of each kind, as its own max says', () => {
    expect(allCriteria(r).map(criterionMax)).toEqual([7, 3, 2.5, 0]);
  });

  it('usesOf: what each reads, from its kind', () => {
    expect(allCriteria(r).map(usesOf)).toEqual([
      [{ metric: 'a' }],
      [{ metric: 'n' }],
      [{ facility: 'room', area: false }],
      [{ metric: 'f' }],
    ]);
  });

  it('kindOf: each kind’s definition under its own name, in schema order', () => {
    expect(CRITERION_KIND_IDS).toEqual([
      'checklist',
      'threshold',
      'ratio',
      'count',
      'graded',
      'deduction',
      'flag',
      'choice',
      'roll-up',
    ]);
    for (const k of CRITERION_KIND_IDS) expect(kindOf(k).kind).toBe(k);
  });
});
