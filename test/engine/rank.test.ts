/**
 * The quota verdicts and the batch's small entries (src/engine/rank.ts) on a tiny rubric whose
 * quotas are set here, every figure worked out by hand: who counts in n (scored, in doubt, on the
 * roster with no file), who counts nowhere (no street), the verdict when nobody names a street,
 * a district's per-street parts, counts against shares, the distance in percentage points, and
 * what an entry keeps. test/rank/engine.test.ts holds the ranking and the 2005 rubric's quotas;
 * these were reached only through the CLI, which a mutant of src/ does not change.
 */
import { describe, expect, it } from 'vitest';
import {
  type Doubt,
  groups,
  pointsOff,
  type QuotaResult,
  quotaArithmetic,
  quotas,
  type RankEntry,
  reaches,
  toRankEntry,
} from '../../src/engine/rank.js';
import type { CommunityResult, SectionResult } from '../../src/engine/result.js';
import type { Bound, Quota, Rubric } from '../../src/model/rubric.js';

const share = (op: Bound['op'], v: number, upper?: number): Bound => ({
  op,
  value: { value: v },
  ...(upper !== undefined ? { upper: { value: upper } } : {}),
});

const quota = (id: string, group: Quota['group'], tier: string, bound: Bound, extra: Partial<Quota> = {}) =>
  ({ id, title: { en: id }, group, tier, bound, ...extra }) as Quota;

const tiny = (qs: Quota[], level = 'community'): Rubric =>
  ({
    id: 'tiny',
    level,
    metrics: {},
    sections: [],
    tiers: [
      { id: 'top', minScore: 90, requires: [] },
      { id: 'pass', minScore: 60, requires: [] },
    ],
    quotas: qs,
  }) as unknown as Rubric;

function entry(id: string, total: number, tier: string | null, extra: Partial<RankEntry> = {}): RankEntry {
  return {
    file: `${id}.yaml`,
    rubric: 'tiny',
    id,
    name: id,
    level: 'community',
    district: 'D',
    period: '2025',
    total,
    possible: 100,
    tier,
    vetoes: [],
    unresolvedVetoes: [],
    gaps: {},
    warnings: 0,
    ...extra,
  };
}

const doubt = (id: string, reason: Doubt['reason'], groups: Doubt['groups']): Doubt => ({
  id,
  reason,
  files: [],
  groups,
});

const pick = (r: QuotaResult) => ({
  key: r.key,
  n: r.n,
  reached: r.reached,
  share: r.share,
  status: r.status,
  delta: r.delta,
  points: r.points,
  unscored: r.unscored,
  missing: r.missing,
  unplaced: r.unplaced,
  provisional: r.provisional,
  candidates: r.candidates.map((c) => c.entry.id),
  doubts: r.doubts.map((d) => d.id),
});

describe('quotas: who counts', () => {
  // Half of each street at 达标 (pass) or above.
  const half = tiny([quota('half', 'street', 'pass', share('at-least', 0.5))]);
  const gap = { needed: 5, fixes: ['f'], reachable: true };
  // As the pipeline places them: no street written, no group (undefined), counted nowhere.
  const groupOf = (e: RankEntry, by: string) =>
    by === 'all' ? null : (e[by as 'street' | 'district'] ?? undefined);

  it('counts doubts in n as not reaching, a missing or unfilled one as missing; no street: nowhere', () => {
    const es = [
      entry('a', 70, 'pass', { street: 'X' }),
      entry('b', 40, null, { street: 'X', gaps: { pass: gap } }),
      entry('c', 95, 'top'),
      // Another rubric's entry is not counted.
      entry('z', 95, 'top', { street: 'X', rubric: 'other' }),
    ];
    const doubts = [
      doubt('m', 'missing', { street: 'X' }),
      doubt('u', 'invalid', { street: 'X' }),
      doubt('w', 'unfilled', { street: 'Y' }),
      doubt('k', 'duplicate', {}),
    ];
    const [x, y, ...rest] = quotas(half, es, { doubts, groupOf });
    expect(rest).toEqual([]);
    // X: a, b, m, u: 1 of 4 = 25%, short of 50% by 1 (2 of 4), 25 points below it.
    // Unplaced: c (no street) and k (no street known).
    expect(pick(x!)).toEqual({
      key: 'X',
      n: 4,
      reached: 1,
      share: 0.25,
      status: 'short',
      delta: 1,
      points: 25,
      unscored: 1,
      missing: 1,
      unplaced: 2,
      provisional: true,
      candidates: ['b'],
      doubts: ['m', 'u'],
    });
    // Y: only w, unfilled: 0 of 1, short by 1, 50 points below.
    expect(pick(y!)).toEqual({
      key: 'Y',
      n: 1,
      reached: 0,
      share: 0,
      status: 'short',
      delta: 1,
      points: 50,
      unscored: 0,
      missing: 1,
      unplaced: 2,
      provisional: true,
      candidates: [],
      doubts: ['w'],
    });
    expect(x!.parts).toBeUndefined();
  });

  it('a street with every file scored and named is no provisional verdict; files of nobody make every one so', () => {
    const es = [entry('a', 70, 'pass', { street: 'X' }), entry('b', 40, null, { street: 'X' })];
    const [x] = quotas(half, es);
    expect(pick(x!)).toMatchObject({ n: 2, reached: 1, status: 'met', provisional: false, unplaced: 0 });
    expect(x!.delta).toBeUndefined();
    expect(x!.points).toBeUndefined();
    expect(quotas(half, es, { unattributed: 1 })[0]!.provisional).toBe(true);
    expect(quotas(half, es, { unattributed: 0 })[0]!.provisional).toBe(false);
  });

  it('nobody names a street: one provisional verdict over them all, none unplaced', () => {
    const es = [entry('a', 70, 'pass'), entry('b', 40, null), entry('c', 30, null)];
    const qs = quotas(half, es, { doubts: [doubt('m', 'missing', {})], groupOf });
    expect(qs.map(pick)).toEqual([
      {
        key: null,
        n: 4,
        reached: 1,
        share: 0.25,
        status: 'short',
        delta: 1,
        points: 25,
        unscored: 0,
        missing: 1,
        unplaced: 0,
        provisional: true,
        candidates: [],
        doubts: ['m'],
      },
    ]);
  });

  it('groups in code-unit order, no street last', () => {
    const es = [
      entry('a', 70, 'pass', { street: 'b' }),
      entry('b', 70, 'pass', { street: 'B' }),
      entry('c', 70, 'pass', { street: 'a' }),
    ];
    const byGroup = (e: RankEntry, by: string) =>
      by === 'street' ? (e.street === 'a' ? null : e.street) : null;
    expect(quotas(half, es, { groupOf: byGroup }).map((q) => q.key)).toEqual(['B', 'b', null]);
  });

  it('a masked target is not judged; its counts are still given', () => {
    const masked = tiny([quota('m', 'street', 'pass', { op: 'at-least', value: { masked: '**' } })]);
    const [q] = quotas(masked, [
      entry('a', 70, 'pass', { street: 'X' }),
      entry('b', 30, null, { street: 'X' }),
    ]);
    expect(pick(q!)).toMatchObject({ n: 2, reached: 1, share: 0.5, status: 'masked', candidates: [] });
    expect(q!.delta).toBeUndefined();
  });
});

describe('quotas: candidates', () => {
  const half = tiny([quota('half', 'street', 'pass', share('at-least', 0.5))]);
  const g = (needed: number) => ({ needed, fixes: ['f'], reachable: true });
  // 1 of 6 at the tier: 3 needed, short by 2.
  const es = [
    entry('a', 70, 'pass', { street: 'X' }),
    ...[1, 2, 3, 4, 5].map((i) => entry(`c${i}`, 50, null, { street: 'X', gaps: { pass: g(i) } })),
  ];

  it('the number short and two more, nearest first; as many more as asked', () => {
    expect(quotas(half, es)[0]!.candidates.map((c) => c.entry.id)).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(quotas(half, es, { extraCandidates: 0 })[0]!.candidates.map((c) => c.entry.id)).toEqual([
      'c1',
      'c2',
    ]);
  });
});

describe('quotas: a district target and its streets', () => {
  const district = (level = 'community') =>
    tiny([quota('d', 'district', 'top', share('at-least', 0.5))], level);
  const es = [
    entry('a', 95, 'top', { street: 'Y' }),
    entry('b', 70, 'pass', { street: 'Y' }),
    entry('c', 95, 'top', { street: 'X' }),
    entry('d', 95, 'top'),
  ];

  it('each street’s part: its communities (doubts as not reaching) and those at the tier, no street last', () => {
    const [q] = quotas(district(), es, { doubts: [doubt('m', 'missing', { district: 'D', street: 'X' })] });
    // 3 of 5 at 示范 (top): 60% ≥ 50%.
    expect(pick(q!)).toMatchObject({ key: 'D', n: 5, reached: 3, status: 'met' });
    expect(q!.parts).toEqual([
      { key: 'X', n: 2, reached: 1, share: 0.5 },
      { key: 'Y', n: 2, reached: 1, share: 0.5 },
      { key: null, n: 1, reached: 1, share: 1 },
    ]);
  });

  it('a street rubric’s district target has no street parts', () => {
    expect(quotas(district('street'), es)[0]!.parts).toBeUndefined();
  });

  it('everyone at once: a quota over all', () => {
    const all = tiny([quota('all', 'all', 'top', share('at-least', 0.5))]);
    const [q] = quotas(all, es);
    expect(pick(q!)).toMatchObject({ key: null, n: 4, reached: 3, status: 'met', unplaced: 0 });
    expect(q!.parts!.map((p) => p.key)).toEqual(['X', 'Y', null]);
  });
});

describe('quotas: counts against shares', () => {
  it('a count is judged on how many, with no percentage points', () => {
    // 每街1-2个: 3 at the tier is one too many; 0 is one short.
    const rubric = tiny([quota('c', 'street', 'top', share('between', 1, 2), { measure: 'count' })]);
    const three = ['a', 'b', 'c'].map((id) => entry(id, 95, 'top', { street: 'X' }));
    const [over] = quotas(rubric, three);
    expect(pick(over!)).toMatchObject({ status: 'over', delta: 1, points: undefined });
    expect(over!.measure).toBe('count');
    const none = ['a', 'b'].map((id) => entry(id, 70, 'pass', { street: 'X' }));
    expect(pick(quotas(rubric, none)[0]!)).toMatchObject({ status: 'short', delta: 1, points: undefined });
    // A share quota says it is one.
    expect(quotas(tiny([quota('s', 'street', 'top', share('at-least', 0.5))]), none)[0]!.measure).toBe(
      'share',
    );
  });

  it('a share over its cap: the fewest fewer, and how far above it', () => {
    // At most 20%: 4 of 10 is 40%, 20 points over; 2 fewer make 20%.
    const rubric = tiny([quota('cap', 'street', 'top', share('at-most', 0.2))]);
    const es = Array.from({ length: 10 }, (_, i) =>
      entry(`e${i}`, i < 4 ? 95 : 70, i < 4 ? 'top' : 'pass', { street: 'X' }),
    );
    expect(pick(quotas(rubric, es)[0]!)).toMatchObject({
      status: 'over',
      delta: 2,
      points: 20,
      candidates: [],
    });
  });
});

describe('quotaArithmetic and pointsOff', () => {
  it('between: short below the lower end, over above the upper, met inside', () => {
    const b = share('between', 0.4, 0.6);
    expect(quotaArithmetic(1, 10, b)).toEqual({ status: 'short', delta: 3 });
    expect(quotaArithmetic(8, 10, b)).toEqual({ status: 'over', delta: 2 });
    expect(quotaArithmetic(4, 10, b)).toEqual({ status: 'met' });
    expect(quotaArithmetic(6, 10, b)).toEqual({ status: 'met' });
  });

  it('a cap no count can meet: over by all of them', () => {
    // Less than 0%: not even none.
    expect(quotaArithmetic(2, 4, share('less-than', 0))).toEqual({
      status: 'over',
      delta: 2,
      unreachable: true,
    });
    expect(quotaArithmetic(3, 4, share('less-than', 0.5))).toEqual({ status: 'over', delta: 2 });
  });

  it('counts: at least 2, more than 2, at most 1', () => {
    expect(quotaArithmetic(1, 5, share('at-least', 2), 'count')).toEqual({ status: 'short', delta: 1 });
    expect(quotaArithmetic(2, 5, share('more-than', 2), 'count')).toEqual({ status: 'short', delta: 1 });
    expect(quotaArithmetic(3, 5, share('at-most', 1), 'count')).toEqual({ status: 'over', delta: 2 });
    // More than 5 of 5: not possible.
    expect(quotaArithmetic(4, 5, share('more-than', 5), 'count')).toEqual({
      status: 'short',
      delta: 1,
      unreachable: true,
    });
  });

  it('percentage points to one decimal, below the lower end or above the upper one', () => {
    // 50% wanted, 2 of 9 = 22.22…%: 27.8 points below.
    expect(pointsOff(2 / 9, share('at-least', 0.5))).toBe(27.8);
    expect(pointsOff(0.3, share('more-than', 0.5))).toBe(20);
    // Between 40% and 60%: 75% is 15 above the upper end; 10% is 30 below the lower.
    expect(pointsOff(0.75, share('between', 0.4, 0.6))).toBe(15);
    expect(pointsOff(0.1, share('between', 0.4, 0.6))).toBe(30);
    // At most 20%: 40% is 20 above; less than 20%: 25% is 5 above.
    expect(pointsOff(0.4, share('at-most', 0.2))).toBe(20);
    expect(pointsOff(0.25, share('less-than', 0.2))).toBe(5);
    // Inside the bound: 0, never negative.
    expect(pointsOff(0.5, share('between', 0.4, 0.6))).toBe(0);
    expect(pointsOff(0.1, share('at-most', 0.2))).toBe(0);
  });
});

describe('reaches', () => {
  const r = tiny([]);
  it('the tier itself or a higher one; nothing for no tier or a tier the rubric lacks', () => {
    expect(reaches(r, 'top', 'pass')).toBe(true);
    expect(reaches(r, 'pass', 'pass')).toBe(true);
    expect(reaches(r, 'pass', 'top')).toBe(false);
    expect(reaches(r, null, 'pass')).toBe(false);
    expect(reaches(r, 'gone', 'pass')).toBe(false);
    expect(reaches(r, 'top', 'gone')).toBe(false);
  });
});

describe('groups', () => {
  const es = [
    entry('a', 90, 'top', { community: 'K2', street: 'X', district: 'D2' }),
    entry('b', 61, 'pass', { community: 'K1', street: 'X', district: 'D1' }),
    entry('c', 60, null, { community: 'K1', district: 'D1' }),
  ];

  it('by each name as written, or all at once; the mean to a millionth', () => {
    expect(groups(es, 'community').map((g) => [g.key, g.count])).toEqual([
      ['K1', 2],
      ['K2', 1],
    ]);
    expect(groups(es, 'district').map((g) => [g.key, g.count])).toEqual([
      ['D1', 2],
      ['D2', 1],
    ]);
    const [all] = groups(es, 'all');
    expect(all).toMatchObject({ by: 'all', key: null, count: 3, tiers: { top: 1, pass: 1, none: 1 } });
    // (90 + 61 + 60) / 3 = 70.333…
    expect(all!.mean).toBe(70.333333);
  });

  it('a group nobody names (null) comes before one the grouping does not know (undefined), both as no key', () => {
    const of = (e: RankEntry) => (e.id === 'a' ? undefined : e.id === 'b' ? null : 'Z');
    expect(groups(es, 'street', of).map((g) => [g.key, g.rows.map((r) => r.entry.id)])).toEqual([
      ['Z', ['c']],
      [null, ['b']],
      [null, ['a']],
    ]);
  });
});

describe('toRankEntry', () => {
  const crit = (
    id: string,
    earned: number,
    possible: number,
    status = earned === possible ? 'met' : 'unmet',
  ) => ({
    id,
    section: 's',
    kind: 'flag',
    status,
    earned,
    possible,
    veto: false,
    shortfalls: [],
  });
  const rubric = {
    ...tiny([
      quota('t', 'street', 'top', share('at-least', 0.5)),
      quota('p', 'street', 'pass', share('at-least', 0.5)),
      quota('m', 'street', '', share('at-least', 0.5), { criterion: 'big' }),
    ]),
    sections: [
      { id: 's', criteria: [{ id: 'big' }, { id: 'w1' }, { id: 'w2' }, { id: 'fire', event: true }] },
    ],
  } as unknown as Rubric;

  const result = (sections: SectionResult[], total: number, extra: Partial<CommunityResult> = {}) =>
    ({
      rubric: 'tiny',
      entity: { id: 'e', name: 'E', level: 'community' },
      period: '2025',
      sections,
      total,
      possible: 100,
      tier: null,
      vetoes: [],
      unresolvedVetoes: [],
      counts: {},
      findings: [],
      ...extra,
    }) as unknown as CommunityResult;

  it('the gap to each quota tier not reached, the criteria a quota counts that are met, the largest loss', () => {
    // 50 possible, weighted to 40: w1 lacks 20 of them (16 points), w2 lacks 10 (8 points).
    const r = result(
      [
        { id: 's', earned: 50, possible: 50, criteria: [crit('big', 10, 10)] } as unknown as SectionResult,
        {
          id: 'w',
          earned: 20,
          possible: 50,
          weight: 40,
          criteria: [crit('w1', 10, 30), crit('w2', 10, 20)],
        } as unknown as SectionResult,
      ],
      26,
    );
    const e = toRankEntry(rubric, r, 'e.yaml', 2);
    // 60 − 26 = 34 for 达标; w1 and w2 together add 24: 50, unreachable.
    expect(e.gaps).toEqual({
      top: { needed: 64, fixes: ['w1', 'w2'], reachable: false },
      pass: { needed: 34, fixes: ['w1', 'w2'], reachable: false },
    });
    expect(e.met).toEqual(['big']);
    expect(e.shortfall).toEqual({ criterion: 'w1', lost: 16 });
    expect(e.warnings).toBe(2);
    expect(e.file).toBe('e.yaml');
    expect('community' in e || 'street' in e || 'district' in e || 'choices' in e || 'rollUps' in e).toBe(
      false,
    );
  });

  it('no gap to a tier reached; none when an event or an earlier award stands in the way; none after a 虚报 veto', () => {
    const s = [
      { id: 's', earned: 0, possible: 10, criteria: [crit('fire', 0, 10)] } as unknown as SectionResult,
    ];
    // At 达标 already: no gap to it. The fire cannot be undone (no fix): 示范 is out of reach.
    // As a failed veto it stands in the way itself: no candidate for any tier.
    const passed = toRankEntry(rubric, result(s, 80, { tier: 'pass', vetoes: [] }), 'f');
    expect(passed.gaps).toEqual({ top: { needed: 10, fixes: [], reachable: false } });
    const vetoed = toRankEntry(rubric, result(s, 95, { vetoes: ['fire'] }), 'f');
    expect(vetoed.gaps).toEqual({});
    const award = toRankEntry(
      rubric,
      result(s, 95, { unmetValues: { pass: [{ metric: 'award', oneOf: ['city'] }] } }),
      'f',
    );
    expect(award.gaps).toEqual({});
    const inspection = { veto: true } as CommunityResult['inspection'];
    const overstated = toRankEntry(rubric, result(s, 50, { inspection }), 'f');
    expect(overstated.gaps).toEqual({});
    expect(overstated.inspection).toBe(inspection);
  });

  it('keeps the places, the choices and the roll-ups a result has', () => {
    const rolledUp = { from: 'community', measure: 'share', value: 0.5, n: 2 };
    const r = result(
      [
        {
          id: 's',
          earned: 5,
          possible: 10,
          criteria: [
            { ...crit('big', 5, 10, 'partial'), kind: 'roll-up', rolledUp },
            { ...crit('w1', 0, 0, 'no-data'), kind: 'roll-up' },
          ],
        } as unknown as SectionResult,
      ],
      95,
      {
        tier: 'top',
        entity: { id: 'e', name: 'E', level: 'street', community: 'K', street: 'X', district: 'D' },
        choices: { brand: 'Red' },
      },
    );
    const e = toRankEntry(rubric, r, 'f');
    expect([e.community, e.street, e.district, e.level]).toEqual(['K', 'X', 'D', 'street']);
    expect(e.choices).toEqual({ brand: 'Red' });
    expect(e.rollUps).toEqual([
      { criterion: 'big', status: 'partial', earned: 5, possible: 10, rolledUp },
      { criterion: 'w1', status: 'no-data', earned: 0, possible: 0 },
    ]);
    expect(e.met).toBeUndefined();
    expect(e.shortfall).toEqual({ criterion: 'big', lost: 5 });
    expect(e.gaps).toEqual({});
  });
});
