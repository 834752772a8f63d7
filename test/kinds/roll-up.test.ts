/**
 * The roll-up kind's facets the engine tests leave open (src/kinds/roll-up.ts): a member with a
 * tier but no valid result does not reach it; a share or a mean over no member is 0; alone with a
 * masked bound says both; the lower rubric named by its id once loaded; a criterion without a
 * bound is not built; it reads nothing of the street's own file. By hand.
 */
import { describe, expect, it } from 'vitest';
import { type RollUpCriterion, rollUp, rollUpKind, rollUpType } from '../../src/kinds/roll-up.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { LowerGroup } from '../../src/model/lower-levels.js';
import type { Bound, Rubric } from '../../src/model/rubric.js';
import { buildFromYaml } from '../helpers/build.js';

const crit = (measure: RollUpCriterion['measure'], bound: Bound, tier?: string): RollUpCriterion => ({
  id: 'r',
  title: {},
  points: 10,
  veto: false,
  section: 's',
  path: [],
  kind: 'roll-up',
  from: 'community',
  rubric: 'lower.yaml',
  measure,
  ...(tier ? { tier } : {}),
  bound,
});
const at = (value: number): Bound => ({ op: 'at-least', value: { value } });
const street = (lower?: LowerGroup): Assessment => ({
  entity: { id: 'st', name: 'st', level: 'street' },
  period: '2024',
  metrics: {},
  unreadable: {},
  ...(lower ? { lower: { r: lower } } : {}),
});

describe('rollUp', () => {
  it('a member whose result is not valid does not reach its tier, though it names one', () => {
    const g: LowerGroup = {
      tiers: ['model', 'pass'],
      members: [
        { id: 'a', tier: 'model', total: 90 },
        { id: 'b', tier: 'model', total: 88, unscored: 'duplicate' },
        { id: 'c', tier: 'pass', total: 70, unscored: 'invalid' },
      ],
    };
    // a reaches pass; b and c are unscored: 1 of 3, and their totals still count in a mean.
    expect(rollUp(crit('count', at(1), 'pass'), g)).toMatchObject({
      value: 1,
      reached: 1,
      unscored: 2,
      n: 3,
    });
    // (90 + 88 + 70) ÷ 3 = 82.666…, kept to six places.
    expect(rollUp(crit('mean-score', at(1)), g).value).toBe(82.666667);
  });

  it('over no member, a share and a mean are 0 (not NaN)', () => {
    const none: LowerGroup = { tiers: ['pass'], members: [] };
    expect(rollUp(crit('share', at(0.5), 'pass'), none).value).toBe(0);
    expect(rollUp(crit('mean-score', at(60)), none).value).toBe(0);
  });
});

describe('the roll-up kind', () => {
  it('alone with a masked bound: both said, the lower rubric by its id once loaded', () => {
    const masked: Bound = { op: 'at-least', value: { masked: '**' } };
    const c = { ...crit('count', masked, 'pass'), lower: { id: 'compound-2024', tiers: [] } };
    expect(rollUpKind.evaluate(c, street(), {} as Rubric)).toEqual({
      status: 'no-data',
      earned: 0,
      shortfalls: [
        { code: 'shortfall.roll-up-alone', params: { from: 'community', rubric: 'compound-2024' } },
        { code: 'shortfall.figure-masked', params: { raw: '**' } },
      ],
    });
    expect(rollUpKind.evaluate(crit('count', at(1), 'pass'), street(), {} as Rubric).shortfalls).toEqual([
      { code: 'shortfall.roll-up-alone', params: { from: 'community', rubric: 'lower.yaml' } },
    ]);
  });

  it('reads nothing of the street’s own file; its bound typed as a count, a rate or points', () => {
    expect(rollUpKind.uses(crit('count', at(1), 'pass'))).toEqual([]);
    expect([rollUpType('count'), rollUpType('share'), rollUpType('mean-score')]).toEqual([
      'count',
      'rate',
      'number',
    ]);
  });

  it('without a bound, or with one it cannot read, it is not built', () => {
    for (const bound of ['', ', at-least: lots']) {
      const { rubric, findings } = buildFromYaml(
        [
          'rubric: s',
          'title: s',
          'level: street',
          'sections:',
          '  - id: sec',
          '    criteria:',
          `      - { id: c, kind: roll-up, from: compound, rubric: l, measure: mean-score, points: 1${bound} }`,
        ].join('\n'),
      );
      expect(findings.filter((f) => f.severity === 'error').length).toBe(1);
      expect(rubric.sections[0]!.criteria).toEqual([]);
    }
  });
});

describe('roll-up, what a mean and a tier leave out', () => {
  const g: LowerGroup = {
    tiers: ['model', 'pass'],
    members: [
      { id: 'a', tier: 'model', total: 90 },
      { id: 'b', tier: 'pass', total: 60 },
    ],
  };

  it('a mean counts no member as reaching a tier, and carries no tier key', () => {
    const r = rollUp(crit('mean-score', at(1)), g);
    expect(r).toMatchObject({ value: 75, reached: 0, n: 2 });
    expect('tier' in r).toBe(false);
    expect('above' in r).toBe(false);
  });

  it('a mean’s shortfall names no tier: 75 of at least 80', () => {
    const out = rollUpKind.evaluate(crit('mean-score', at(80)), street(g), {} as Rubric);
    expect(out.shortfalls[0]!.params).toEqual({
      from: 'community',
      measure: 'mean-score',
      actual: 75,
      op: 'at-least',
      low: 80,
    });
    expect('tier' in out.shortfalls[0]!.params).toBe(false);
  });

  it('over no member, a share says there was none, naming the level', () => {
    const out = rollUpKind.evaluate(
      crit('share', at(0.5), 'pass'),
      street({ tiers: ['pass'], members: [] }),
      {} as Rubric,
    );
    expect(out.shortfalls).toEqual([{ code: 'shortfall.roll-up-none', params: { from: 'community' } }]);
  });

  it('describe: the tier by its title once loaded, else by its id; a mean names no tier', () => {
    const title = { 'zh-CN': '达标' };
    const loaded = {
      ...crit('count', at(1), 'pass'),
      lower: {
        id: 'l',
        tiers: [
          { id: 'model', title: {} },
          { id: 'pass', title },
        ],
      },
    };
    expect(rollUpKind.describe(loaded, {} as Rubric).params.tier).toEqual({ localized: title, or: 'pass' });
    const other = { ...loaded, lower: { id: 'l', tiers: [{ id: 'model', title }] } };
    expect(rollUpKind.describe(other, {} as Rubric).params.tier).toBe('pass');
    expect('tier' in rollUpKind.describe(crit('mean-score', at(1)), {} as Rubric).params).toBe(false);
  });
});
