/** The trend engine at its boundaries: a year missing, a file not scored, ties, weights from the rubric and the flag. */
import { describe, expect, it } from 'vitest';
import type { CommunityResult } from '../../src/engine/result.js';
import { normalizeWeights, type TrendInput, trend } from '../../src/engine/trend.js';
import type { Rubric } from '../../src/model/rubric.js';

const rubric = {
  id: 'r',
  title: { en: 'r' },
  level: 'community',
  facilities: {},
  metrics: {},
  sections: [],
  tiers: [
    { id: 'top', title: { en: 'top' }, minScore: 90, requires: [] },
    { id: 'pass', title: { en: 'pass' }, minScore: 60, requires: [] },
  ],
  quotas: [],
  exemptions: [],
} as Rubric;

function input(
  id: string,
  period: string,
  total: number | null,
  opts: { street?: string; status?: 'met' | 'unmet'; possible?: number } = {},
): TrendInput {
  const entity = {
    id,
    name: id.toUpperCase(),
    level: 'community' as const,
    ...(opts.street ? { street: opts.street } : {}),
  };
  const possible = opts.possible ?? 100;
  const tier = total === null ? null : total >= 90 ? 'top' : total >= 60 ? 'pass' : null;
  const result =
    total === null
      ? undefined
      : ({
          rubric: 'r',
          entity,
          period,
          sections: [
            {
              id: 's',
              earned: total,
              possible,
              criteria: [
                {
                  id: 'c',
                  section: 's',
                  kind: 'flag',
                  status: opts.status ?? 'met',
                  earned: 0,
                  possible: 0,
                  veto: false,
                  shortfalls: [],
                },
              ],
            },
          ],
          total,
          possible,
          tier,
          vetoes: [],
          unresolvedVetoes: [],
          counts: {},
          findings: [],
        } as unknown as CommunityResult);
  return { file: `${period}/${id}.yaml`, entity, period, ...(result ? { result } : {}) };
}

const weights = normalizeWeights([15, 25, 60]).weights;

describe('trend', () => {
  it('orders periods, gives the change and the tier moves up and down', () => {
    const t = trend(rubric, [input('a', '2006', 95), input('a', '2004', 50), input('a', '2005', 70)]);
    expect(t.periods).toEqual(['2004', '2005', '2006']);
    const a = t.communities[0]!;
    expect(a.points.map((p) => p.total)).toEqual([50, 70, 95]);
    expect(a.change).toBe(45);
    expect(a.moves).toEqual([
      { from: '2004', to: '2005', fromTier: null, toTier: 'pass', direction: 'up' },
      { from: '2005', to: '2006', fromTier: 'pass', toTier: 'top', direction: 'up' },
    ]);
    const down = trend(rubric, [input('b', '2004', 95), input('b', '2005', 40)]).communities[0]!;
    expect(down.moves[0]!.direction).toBe('down');
    expect(down.change).toBe(-55);
  });

  it('lists the criteria whose status changed between scored periods', () => {
    const t = trend(rubric, [
      input('a', '2004', 50, { status: 'unmet' }),
      input('a', '2005', 60, { status: 'met' }),
    ]);
    expect(t.communities[0]!.changes).toEqual([
      { criterion: 'c', from: '2004', to: '2005', before: 'unmet', after: 'met' },
    ]);
  });

  it('weights the cycle oldest first, each year out of 100, and ranks ties together', () => {
    const t = trend(
      rubric,
      [
        input('a', '2004', 100),
        input('a', '2005', 80),
        input('a', '2006', 90),
        input('b', '2004', 60),
        input('b', '2005', 80),
        input('b', '2006', 95),
        // The same weighted score from a rubric out of 50 points.
        input('c', '2004', 50, { possible: 50 }),
        input('c', '2005', 40, { possible: 50 }),
        input('c', '2006', 45, { possible: 50 }),
      ],
      { cycle: { weights, tiers: [{ id: 'top', minScore: 88 }] } },
    );
    expect(t.cycleYears).toEqual(['2004', '2005', '2006']);
    const value = (id: string) => t.communities.find((c) => c.id === id)!.composite;
    expect(value('a')).toEqual({ value: 0.15 * 100 + 0.25 * 80 + 0.6 * 90, tier: 'top' });
    expect(value('b')).toEqual({ value: 0.15 * 60 + 0.25 * 80 + 0.6 * 95, tier: null });
    expect(value('c')!.value).toBe(value('a')!.value);
    expect(t.composite!.map((r) => [r.rank, r.community.id])).toEqual([
      [1, 'a'],
      [1, 'c'],
      [3, 'b'],
    ]);
  });

  it('gives no composite, and says which year, when a year is missing or not scored (never a zero)', () => {
    const t = trend(
      rubric,
      [
        input('a', '2004', 100),
        input('a', '2005', 100),
        input('a', '2006', 100),
        input('b', '2005', 100),
        input('b', '2006', 100),
        input('c', '2004', 100),
        input('c', '2005', null),
        input('c', '2006', 100),
      ],
      { cycle: { weights, tiers: [] } },
    );
    const get = (id: string) => t.communities.find((c) => c.id === id)!;
    expect(get('a').composite).toEqual({ value: 100, tier: null });
    expect(get('b').composite).toBeUndefined();
    expect(get('b').compositeMissing).toEqual({ missing: ['2004'], unscored: [] });
    expect(get('c').composite).toBeUndefined();
    expect(get('c').compositeMissing).toEqual({ missing: [], unscored: ['2005'] });
    expect(get('c').points[1]!.total).toBeNull();
    expect(t.composite!.map((r) => r.community.id)).toEqual(['a']);
  });

  it('takes the last years of the data as the cycle, whatever came before', () => {
    const t = trend(rubric, [input('a', '2003', 0), input('a', '2004', 100), input('a', '2005', 100)], {
      cycle: { weights: normalizeWeights([40, 60]).weights, tiers: [] },
    });
    expect(t.cycleYears).toEqual(['2004', '2005']);
    expect(t.communities[0]!.composite!.value).toBe(100);
  });

  it('makes no composite when the data has fewer periods than the cycle has years', () => {
    // Two periods for 15% / 25% / 60%: 2005 weighed 15% and 2006 25% gave 40 for 100 every year.
    const weights = normalizeWeights([15, 25, 60]).weights;
    const t = trend(rubric, [input('a', '2005', 100), input('a', '2006', 100)], {
      cycle: { weights, tiers: [{ id: 'top', minScore: 88 }] },
    });
    expect(t.cycleYears).toBeUndefined();
    expect(t.composite).toBeUndefined();
    expect(t.communities[0]!.composite).toBeUndefined();
    expect(t.cycleShort).toEqual({ years: 3 });
  });

  it('counts shares by group and period over every file, scored or not', () => {
    const t = trend(
      rubric,
      [
        input('a', '2005', 95, { street: 'X' }),
        input('b', '2005', 65, { street: 'X' }),
        input('c', '2005', null, { street: 'X' }),
        input('d', '2005', 95, { street: 'Y' }),
      ],
      { groupBy: 'street' },
    );
    expect(t.groups).toEqual([
      { key: 'X', periods: [{ period: '2005', n: 3, reached: { top: 1, pass: 2 }, unscored: 1 }] },
      { key: 'Y', periods: [{ period: '2005', n: 1, reached: { top: 1, pass: 1 }, unscored: 0 }] },
    ]);
  });

  it('reads weights as percentages or fractions', () => {
    expect(normalizeWeights([15, 25, 60])).toEqual({ weights: [0.15, 0.25, 0.6], sum: 1 });
    expect(normalizeWeights([0.5, 0.5])).toEqual({ weights: [0.5, 0.5], sum: 1 });
    expect(normalizeWeights([15, 25, 50]).sum).toBe(0.9);
  });

  it('reaches a composite tier at exactly its minimum, and not a millionth below it', () => {
    const cycle = (min: number) =>
      trend(rubric, [input('a', '2004', 100), input('a', '2005', 80), input('a', '2006', 90)], {
        cycle: { weights, tiers: [{ id: 'top', minScore: min }] },
      }).communities[0]!.composite;
    // 15 + 20 + 54: exactly 89, however the floating-point sum falls.
    expect(cycle(89)).toEqual({ value: 89, tier: 'top' });
    expect(cycle(89.000001)).toEqual({ value: 89, tier: null });
  });
});

describe('trend shares with a group key and a roster (issue 23)', () => {
  const inputs = [input('a', '2004', 95, { street: '五馬' }), input('a', '2005', 95, { street: '五马街道' })];
  inputs.push(input('b', '2005', 70, { street: '五马街道' }), input('x', '2005', 95, { street: '五马街道' }));
  const folded = (e: { street?: string }) => (e.street === '五馬' ? '五马街道' : e.street);

  it('groups by the key it is given, not by the name as written', () => {
    const t = trend(rubric, inputs, { groupBy: 'street', groupOf: (e) => folded(e) });
    expect(t.groups.map((g) => g.key)).toEqual(['五马街道']);
  });

  it("counts every member in every period's share, with or without a file, and no one else", () => {
    const members = ['a', 'b'].map((id) => ({
      id,
      name: id,
      level: 'community' as const,
      street: '五马街道',
    }));
    const t = trend(rubric, inputs, { groupBy: 'street', groupOf: (e) => folded(e), members });
    const [g] = t.groups;
    // 2004: a sent a file, b did not; x (not a member) counts nowhere.
    expect(g!.periods).toEqual([
      { period: '2004', n: 2, reached: { top: 1, pass: 1 }, unscored: 0, missing: 1 },
      { period: '2005', n: 2, reached: { top: 1, pass: 2 }, unscored: 0, missing: 0 },
    ]);
  });
});
