/**
 * The roll-up kind on its own (src/kinds/roll-up.ts): what it counts from the members the pipeline
 * hands it, and its verdict. The CLI tests (test/rollup) hold the whole road to hand-computed figures.
 */
import { describe, expect, it } from 'vitest';
import { type RollUpCriterion, rollUp, rollUpKind } from '../../src/kinds/roll-up.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { LowerGroup } from '../../src/model/lower-levels.js';
import type { Bound, Rubric } from '../../src/model/rubric.js';

const TIERS = ['model', 'pass'];
const crit = (measure: RollUpCriterion['measure'], bound: Bound, tier?: string): RollUpCriterion => ({
  id: 'r',
  title: {},
  points: 10,
  veto: false,
  section: 's',
  path: [],
  kind: 'roll-up',
  from: 'compound',
  rubric: 'lower',
  measure,
  ...(tier ? { tier } : {}),
  bound,
});
const group: LowerGroup = {
  tiers: TIERS,
  members: [
    { id: 'a', tier: 'model', total: 95 },
    { id: 'b', tier: 'pass', total: 70 },
    { id: 'c', tier: null, total: 40 },
    { id: 'd', tier: 'unknown-tier', total: 65 },
    { id: 'e', tier: null, unscored: 'invalid' },
    { id: 'f', tier: null, unscored: 'missing' },
  ],
};
const at = (value: number, op: Bound['op'] = 'at-least'): Bound => ({ op, value: { value } });
const assessment = (lower?: LowerGroup): Assessment => ({
  entity: { id: 'st', name: 'st', level: 'street' },
  period: '2004',
  metrics: {},
  unreadable: {},
  ...(lower ? { lower: { r: lower } } : {}),
});
const rubric = {} as Rubric;

describe('rollUp', () => {
  it('counts at the tier or above, every member in n, unscored and missing apart', () => {
    expect(rollUp(crit('count', at(1), 'pass'), group)).toMatchObject({
      value: 2,
      n: 6,
      reached: 2,
      unscored: 1,
      missing: 1,
      above: true,
    });
    // The top tier has none above it; a tier the ladder does not list reaches nothing.
    expect(rollUp(crit('count', at(1), 'model'), group)).toMatchObject({ value: 1, reached: 1 });
    expect(rollUp(crit('count', at(1), 'model'), group).above).toBeUndefined();
  });
  it('shares over every member; a mean counts the unscored as 0', () => {
    expect(rollUp(crit('share', at(0.5), 'pass'), group).value).toBeCloseTo(2 / 6, 12);
    expect(rollUp(crit('mean-score', at(50)), group).value).toBeCloseTo((95 + 70 + 40 + 65) / 6, 6);
  });
});

describe('the roll-up kind', () => {
  const evaluate = (c: RollUpCriterion, lower?: LowerGroup) =>
    rollUpKind.evaluate(c, assessment(lower), rubric);
  it('is all or nothing against its bound (inclusive as the wording says)', () => {
    expect(evaluate(crit('count', at(2), 'pass'), group)).toMatchObject({ status: 'met', earned: 10 });
    expect(evaluate(crit('count', at(2, 'more-than'), 'pass'), group)).toMatchObject({
      status: 'unmet',
      earned: 0,
    });
    const unmet = evaluate(crit('share', at(0.5), 'pass'), group);
    expect(unmet.shortfalls[0]).toMatchObject({
      code: 'shortfall.roll-up',
      params: { op: 'at-least', low: 0.5 },
    });
    expect(unmet.rolledUp?.n).toBe(6);
  });
  it('has no data alone, or over no member for a share or a mean; a count over none is 0', () => {
    expect(evaluate(crit('count', at(1), 'pass'))).toMatchObject({
      status: 'no-data',
      shortfalls: [{ code: 'shortfall.roll-up-alone' }],
    });
    expect(evaluate(crit('count', at(1), 'pass'))).not.toHaveProperty('rolledUp');
    const none: LowerGroup = { tiers: TIERS, members: [] };
    expect(evaluate(crit('mean-score', at(1)), none).status).toBe('no-data');
    expect(evaluate(crit('share', at(0.1), 'pass'), none).status).toBe('no-data');
    expect(evaluate(crit('count', at(1), 'pass'), none)).toMatchObject({
      status: 'unmet',
      rolledUp: { value: 0 },
    });
  });
  it('the shortfall names the level, measure, tier, value and bound, in the measure’s unit', () => {
    expect(evaluate(crit('share', at(0.5), 'pass'), group).shortfalls).toEqual([
      {
        code: 'shortfall.roll-up',
        params: { from: 'compound', measure: 'share', tier: 'pass', actual: 2 / 6, op: 'at-least', low: 0.5 },
        unit: 'rate',
      },
    ]);
    // (95 + 70 + 40 + 65) / 6 = 45: the unscored and the missing count as 0.
    expect(evaluate(crit('mean-score', at(50)), group).shortfalls).toEqual([
      {
        code: 'shortfall.roll-up',
        params: { from: 'compound', measure: 'mean-score', actual: 45, op: 'at-least', low: 50 },
        unit: 'number',
      },
    ]);
    const between: Bound = { op: 'between', value: { value: 3 }, upper: { value: 5 } };
    expect(evaluate(crit('count', between, 'pass'), group)).toEqual({
      status: 'unmet',
      earned: 0,
      shortfalls: [
        {
          code: 'shortfall.roll-up',
          params: {
            from: 'compound',
            measure: 'count',
            tier: 'pass',
            actual: 2,
            op: 'between',
            low: 3,
            high: 5,
          },
          unit: 'count',
        },
      ],
      rolledUp: {
        from: 'compound',
        measure: 'count',
        tier: 'pass',
        above: true,
        value: 2,
        n: 6,
        reached: 2,
        unscored: 1,
        missing: 1,
        bound: between,
      },
    });
    expect(evaluate(crit('mean-score', at(45)), group)).toMatchObject({
      status: 'met',
      earned: 10,
      shortfalls: [],
    });
  });

  it('an unfilled member is missing, not unscored; its total, if any, still counts in the mean', () => {
    const g: LowerGroup = {
      tiers: TIERS,
      members: [
        { id: 'a', tier: 'pass', total: 60 },
        { id: 'u', tier: null, unscored: 'unfilled' },
      ],
    };
    expect(rollUp(crit('count', at(1), 'pass'), g)).toMatchObject({
      missing: 1,
      unscored: 0,
      reached: 1,
      n: 2,
    });
    expect(rollUp(crit('mean-score', at(1)), g).value).toBe(30);
    expect(rollUp(crit('mean-score', at(1)), g)).not.toHaveProperty('tier');
  });

  it('a masked bound is no data, with what it measured', () => {
    const masked = evaluate(crit('count', { op: 'at-least', value: { masked: '**' } }, 'pass'), group);
    expect(masked).toMatchObject({ status: 'no-data', rolledUp: { value: 2 } });
    expect(masked.shortfalls[0]?.code).toBe('shortfall.figure-masked');
  });
});
