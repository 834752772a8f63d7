/**
 * The threshold kind's facets the other tests left open (StrykerJS, src/kinds/threshold.ts): a
 * criterion whose metric is fine but whose bound is missing or unreadable is not built; described
 * against a rubric that does not type its metric, the bound has no type. By hand.
 */
import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/registry.js';
import type { ThresholdCriterion } from '../../src/kinds/threshold.js';
import { allCriteria } from '../../src/model/rubric.js';
import { buildFromYaml, miniRubric } from '../helpers/build.js';

function built(criterion: string) {
  const text = [
    'rubric: b',
    'title: b',
    'metrics: { a: { type: area } }',
    'sections:',
    '  - id: sec',
    '    criteria:',
    `      - { id: c, kind: threshold, metric: a, points: 1${criterion} }`,
  ].join('\n');
  const { rubric, findings } = buildFromYaml(text);
  return {
    errors: findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.path]),
    criteria: allCriteria(rubric),
  };
}
const at = (...rest: (string | number)[]) => ['sections', 0, 'criteria', 0, ...rest];

describe('threshold build', () => {
  it('a known metric without a bound, or with one that cannot be read, is not built', () => {
    const none = built('');
    expect(none.errors).toEqual([['rubric.bound-missing', at()]]);
    expect(none.criteria).toEqual([]);
    const bad = built(', at-least: lots');
    expect(bad.errors).toEqual([['rubric.figure-invalid', at('at-least')]]);
    expect(bad.criteria).toEqual([]);
  });

  it('with its bound: built, the bound read in the metric’s unit (1000平方米)', () => {
    const ok = built(', at-least: 1000平方米');
    expect(ok.errors).toEqual([]);
    expect(ok.criteria[0]).toMatchObject({ metric: 'a', bound: { op: 'at-least', value: { value: 1000 } } });
  });
});

describe('threshold describe', () => {
  it('against a rubric without the metric: the bound untyped', () => {
    const r = miniRubric({
      metrics: 'a: { type: area }',
      criteria: '- { id: c, kind: threshold, metric: a, at-least: 30, points: 1 }',
    });
    const c = r.sections[0]!.criteria[0] as ThresholdCriterion;
    expect(KINDS.threshold.describe(c, { ...r, metrics: {} })).toEqual({
      code: 'authoring.rule.threshold',
      params: { metric: { metric: 'a' }, bound: { bound: c.bound, type: undefined } },
    });
  });
});
