/**
 * The trend engine's bookkeeping (src/engine/trend.ts), by hand on a few periods: the names a
 * community keeps across years (一社区一品牌, compared after folding when free text), a fall to no
 * tier by a veto, which criteria changed, the change when the latest file was not scored, the
 * entity's street and district, a year scored out of nothing possible, groups by community,
 * street or district in key order (no key last), and a roster's members missing per group.
 * test/trend/engine.test.ts holds the shares and the cycle; StrykerJS found these left alive.
 */
import { describe, expect, it } from 'vitest';
import type { CommunityResult, Status } from '../../src/engine/result.js';
import { type TrendInput, trend } from '../../src/engine/trend.js';
import type { Entity } from '../../src/model/assessment.js';
import type { Rubric } from '../../src/model/rubric.js';

const rubric = {
  id: 'r',
  level: 'community',
  metrics: {
    brand: { id: 'brand', type: 'text', distinctWithin: 'street' },
    level: { id: 'level', type: 'choice', distinctWithin: 'district' },
    other: { id: 'other', type: 'text' },
  },
  sections: [],
  tiers: [
    { id: 'top', minScore: 90, requires: [] },
    { id: 'pass', minScore: 60, requires: [] },
  ],
  quotas: [],
} as unknown as Rubric;

interface Opts {
  entity?: Partial<Entity>;
  file?: string;
  tier?: string | null;
  vetoes?: string[];
  statuses?: Record<string, Status>;
  choices?: Record<string, string>;
  possible?: number;
}

function input(id: string, period: string, total: number | null, o: Opts = {}): TrendInput {
  const entity = { id, name: id.toUpperCase(), level: 'community' as const, ...o.entity } as Entity;
  const file = o.file ?? `${period}/${id}.yaml`;
  if (total === null) return { file, entity, period };
  const tier = o.tier !== undefined ? o.tier : total >= 90 ? 'top' : total >= 60 ? 'pass' : null;
  const result = {
    rubric: 'r',
    entity,
    period,
    sections: [
      {
        id: 's',
        earned: total,
        possible: 100,
        criteria: Object.entries(o.statuses ?? {}).map(([cid, status]) => ({ id: cid, status })),
      },
    ],
    total,
    possible: o.possible ?? 100,
    tier,
    vetoes: o.vetoes ?? [],
    unresolvedVetoes: [],
    ...(o.choices ? { choices: o.choices } : {}),
  } as unknown as CommunityResult;
  return { file, entity, period, result };
}

describe('communities over the periods', () => {
  it('in id order whatever the input order; periods in order even when the file names are not', () => {
    const t = trend(rubric, [
      input('b', '2005', 70),
      input('a', '2005', 70, { file: 'a-first.yaml' }),
      input('a', '2004', 50, { file: 'z-last.yaml' }),
    ]);
    expect(t.communities.map((c) => c.id)).toEqual(['a', 'b']);
    expect(t.communities[0]!.points.map((p) => [p.period, p.file, p.total, p.tier])).toEqual([
      ['2004', 'z-last.yaml', 50, null],
      ['2005', 'a-first.yaml', 70, 'pass'],
    ]);
  });

  it('no change with one scored period, nor when the latest file was not scored', () => {
    expect(trend(rubric, [input('a', '2005', 70)]).communities[0]!.change).toBeNull();
    const late = trend(rubric, [input('a', '2004', 50), input('a', '2005', 70), input('a', '2006', null)]);
    expect(late.communities[0]!.change).toBeNull();
    expect(late.communities[0]!.points.map((p) => p.tier)).toEqual([null, 'pass', null]);
  });

  it('no move while the tier stays; a fall to no tier by a veto names the veto', () => {
    const t = trend(rubric, [
      input('a', '2004', 92),
      input('a', '2005', 95),
      input('a', '2006', 95, { tier: null, vetoes: ['fire'] }),
    ]);
    expect(t.communities[0]!.moves).toEqual([
      { from: '2005', to: '2006', fromTier: 'top', toTier: null, direction: 'down', vetoes: ['fire'] },
    ]);
    // A fall to no tier by points alone says no veto.
    const fall = trend(rubric, [input('b', '2004', 70), input('b', '2005', 40)]).communities[0]!;
    expect(fall.moves).toEqual([
      { from: '2004', to: '2005', fromTier: 'pass', toTier: null, direction: 'down' },
    ]);
  });

  it('lists a criterion only when its status changed, and not one that is new', () => {
    const t = trend(rubric, [
      input('a', '2004', 70, { statuses: { c: 'met', d: 'unmet' } }),
      input('a', '2005', 70, { statuses: { c: 'met', d: 'partial', e: 'met' } }),
    ]);
    expect(t.communities[0]!.changes).toEqual([
      { criterion: 'd', from: '2004', to: '2005', before: 'unmet', after: 'partial' },
    ]);
  });

  it('takes the street and district of the latest file, and has no key for one not given', () => {
    const t = trend(rubric, [
      input('a', '2004', 70, { entity: { street: 'Old', district: 'D0' } }),
      input('a', '2005', 70, { entity: { street: 'New', district: 'D1' } }),
      input('b', '2005', 70),
    ]);
    const [a, b] = t.communities;
    expect([a!.street, a!.district]).toEqual(['New', 'D1']);
    expect('street' in b! || 'district' in b!).toBe(false);
  });

  it('a year with nothing possible counts 0 toward the composite, not NaN', () => {
    // 50% of 0 (nothing possible) + 50% of 80/100 = 40.
    const t = trend(rubric, [input('a', '2004', 0, { possible: 0 }), input('a', '2005', 80)], {
      cycle: { weights: [0.5, 0.5], tiers: [{ id: 'top', minScore: 40 }] },
    });
    expect(t.communities[0]!.composite).toEqual({ value: 40, tier: 'top' });
  });

  it('no cycle: no cycle years and no composite ranking at all', () => {
    const t = trend(rubric, [input('a', '2005', 70)]);
    expect('cycleYears' in t).toBe(false);
    expect('composite' in t).toBe(false);
  });
});

describe('names kept across years (distinct-within)', () => {
  it('follows each compared metric over the scored periods; free text after folding, a choice as given', () => {
    const t = trend(rubric, [
      input('a', '2004', 70, { choices: { brand: 'Red Lantern', level: 'city', other: 'x' } }),
      input('a', '2005', null),
      input('a', '2006', 70, { choices: { brand: 'red  lantern', level: 'City', other: 'y' } }),
      input('a', '2007', 70, { choices: { level: 'City' } }),
      input('a', '2008', 70, { choices: { brand: 'Blue Door', level: 'City' } }),
    ]);
    expect(t.communities[0]!.histories).toEqual([
      {
        metric: 'brand',
        values: [
          { period: '2004', value: 'Red Lantern' },
          { period: '2006', value: 'red  lantern' },
          { period: '2007', value: null },
          { period: '2008', value: 'Blue Door' },
        ],
        // Only case and spacing differ in 2006: the same brand. Gone in 2007, another in 2008.
        changedIn: ['2007', '2008'],
      },
      {
        metric: 'level',
        values: [
          { period: '2004', value: 'city' },
          { period: '2006', value: 'City' },
          { period: '2007', value: 'City' },
          { period: '2008', value: 'City' },
        ],
        // A choice is compared as given: city and City are two options.
        changedIn: ['2006'],
      },
    ]);
  });

  it('no history for a metric never given, none at all when nothing compared was given', () => {
    const t = trend(rubric, [
      input('a', '2004', 70, { choices: { level: 'city' } }),
      input('a', '2005', 70),
      input('b', '2005', 70, { choices: { other: 'x' } }),
    ]);
    const [a, b] = t.communities;
    expect(a!.histories!.map((h) => [h.metric, h.changedIn])).toEqual([['level', ['2005']]]);
    expect('histories' in b!).toBe(false);
  });
});

describe('groups', () => {
  const e = (street?: string, district?: string, community?: string) => ({
    entity: {
      ...(street ? { street } : {}),
      ...(district ? { district } : {}),
      ...(community ? { community } : {}),
    },
  });
  const inputs = [
    input('a', '2005', 95, e(undefined, 'D2', 'K1')),
    input('b', '2005', 70, e('Y', 'D1', 'K2')),
    input('c', '2005', 95, e('X', 'D1', 'K1')),
  ];
  const keys = (by: 'community' | 'street' | 'district') =>
    trend(rubric, inputs, { groupBy: by }).groups.map((g) => [g.key, g.periods[0]!.n]);

  it('by the name each grouping reads, in code-unit order, no name last', () => {
    expect(keys('street')).toEqual([
      ['X', 1],
      ['Y', 1],
      [null, 1],
    ]);
    expect(keys('district')).toEqual([
      ['D1', 2],
      ['D2', 1],
    ]);
    expect(keys('community')).toEqual([
      ['K1', 2],
      ['K2', 1],
    ]);
  });

  it("counts a roster's member missing only in its own group", () => {
    const members = [
      { id: 'b', name: 'B', level: 'community' as const, street: 'Y' },
      { id: 'c', name: 'C', level: 'community' as const, street: 'X' },
      { id: 'm', name: 'M', level: 'community' as const, street: 'Y' },
    ];
    const t = trend(rubric, inputs, { groupBy: 'street', members });
    expect(t.groups).toEqual([
      {
        key: 'X',
        periods: [{ period: '2005', n: 1, reached: { top: 1, pass: 1 }, unscored: 0, missing: 0 }],
      },
      {
        key: 'Y',
        periods: [{ period: '2005', n: 2, reached: { top: 0, pass: 1 }, unscored: 0, missing: 1 }],
      },
    ]);
  });
});
