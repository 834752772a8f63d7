/**
 * The kinds' own lint rules (a deduction above the points, a band an earlier one shadows, a count's
 * bands out of order; none for the other kinds), and a threshold held to a bound by community type.
 * Findings written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { score } from '../../src/engine/score.js';
import { KINDS } from '../../src/kinds/registry.js';
import { allCriteria } from '../../src/model/rubric.js';
import { assessmentOf, criterion, miniRubric, summary } from '../helpers/build.js';

const PATH = ['sections', 0, 'criteria', 2];
const deductionLint = (raw: Record<string, unknown>) => {
  const r = miniRubric({
    metrics: 'n: { type: count }',
    criteria: `- ${JSON.stringify({ id: 'd', kind: 'deduction', metric: 'n', ...raw })}`,
  });
  const parsed = KINDS.deduction.schema.parse({ id: 'd', kind: 'deduction', metric: 'n', ...raw });
  // biome-ignore lint/suspicious/noExplicitAny: the built criterion is a deduction
  return KINDS.deduction.lint(parsed, allCriteria(r)[0] as any, PATH).map((f) => [f.code, f.params, f.path]);
};

describe('deduction lint', () => {
  it('so much each time above the points, not at them', () => {
    expect(deductionLint({ 'per-occurrence': 12, points: 10 })).toEqual([
      ['lint.deduction-above-points', { deduct: 12, points: 10 }, [...PATH, 'per-occurrence']],
    ]);
    expect(deductionLint({ 'per-occurrence': 10, points: 10 })).toEqual([]);
  });

  it('a band wholly inside an earlier one never applies; an overlap on purpose is fine', () => {
    expect(
      deductionLint({
        points: 10,
        bands: [
          { 'at-most': 5, deduct: 2 },
          { 'at-least': 8, deduct: 3 },
          { 'at-most': 3, deduct: 4 },
          { 'at-least': 9, deduct: 5 },
        ],
      }),
    ).toEqual([
      ['lint.band-shadowed', { first: 1, second: 3 }, [...PATH, 'bands', 2]],
      ['lint.band-shadowed', { first: 2, second: 4 }, [...PATH, 'bands', 3]],
    ]);
    expect(
      deductionLint({
        points: 10,
        bands: [
          { 'at-most': 3, deduct: 4 },
          { 'at-most': 5, deduct: 2 },
        ],
      }),
    ).toEqual([]);
  });

  it('a band above the points, at its deduct', () => {
    expect(
      deductionLint({
        points: 10,
        bands: [
          { 'at-least': 5, deduct: 10 },
          { 'at-least': 1, deduct: 11 },
        ],
      }),
    ).toEqual([['lint.deduction-above-points', { deduct: 11, points: 10 }, [...PATH, 'bands', 1, 'deduct']]]);
  });
});

describe('count lint', () => {
  const lint = (bands: { met: number; points: number }[]) =>
    KINDS.count.lint(
      KINDS.count.schema.parse({ id: 'c', kind: 'count', points: 6, items: ['a', 'b', 'c'], bands }),
      undefined,
      PATH,
    );

  it('a band that earns less than one with fewer met, at its points', () => {
    expect(
      lint([
        { met: 3, points: 6 },
        { met: 2, points: 2 },
        { met: 1, points: 3 },
      ]).map((f) => [f.code, f.params, f.path]),
    ).toEqual([['lint.band-order', { met: 2 }, [...PATH, 'bands', 1, 'points']]]);
    expect(
      lint([
        { met: 3, points: 6 },
        { met: 2, points: 3 },
        { met: 1, points: 3 },
      ]),
    ).toEqual([]);
  });
});

describe('the other kinds have no lint of their own', () => {
  it.each(['threshold', 'ratio', 'checklist', 'graded', 'flag', 'choice', 'roll-up'] as const)('%s', (k) => {
    expect(KINDS[k].lint({} as never, undefined, PATH)).toEqual([]);
  });
});

describe('threshold by community type', () => {
  const r = miniRubric({
    metrics: 'a: { type: area }',
    criteria:
      '- { id: t, kind: threshold, metric: a, points: 5, by-type: { old: { at-least: 100 }, new: { at-least: 200 } } }',
    extra: 'community-types: { old: { zh-CN: 老小区 }, new: { zh-CN: 新小区 }, mixed: { zh-CN: 混合 } }',
  });
  const judged = (area: number, type?: string) => {
    const a = assessmentOf(r, { a: area });
    const entity = { ...a.entity, ...(type ? { type } : {}) };
    if (!type) delete (entity as { type?: string }).type;
    return summary(score(r, { ...a, entity }, {}), 't');
  };

  it('holds each community to its own type’s bound', () => {
    expect(judged(150, 'old')).toMatchObject({ status: 'met', earned: 5 });
    expect(judged(150, 'new')).toMatchObject({ status: 'unmet', earned: 0, codes: ['shortfall.below'] });
    expect(judged(200, 'new')).toMatchObject({ status: 'met', earned: 5 });
  });

  it('no data without a type, or for a type the criterion gives no bound', () => {
    expect(judged(150)).toEqual({
      status: 'no-data',
      earned: 0,
      possible: 5,
      codes: ['shortfall.community-type-missing'],
    });
    const mixed = score(
      r,
      { ...assessmentOf(r, { a: 999 }), entity: { id: 'c1', name: 'x', level: 'community', type: 'mixed' } },
      {},
    );
    expect(criterion(mixed, 't').shortfalls).toEqual([
      { code: 'shortfall.community-type-no-bound', params: { type: 'mixed' } },
    ]);
  });
});
