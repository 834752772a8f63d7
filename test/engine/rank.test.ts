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
  nearest,
  pointsOff,
  type QuotaResult,
  quotaArithmetic,
  quotas,
  type RankEntry,
  rank,
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
    // As written (JSON): no key for a part it lacks.
    const written = JSON.parse(JSON.stringify(e));
    expect(['community', 'street', 'district', 'choices', 'rollUps'].filter((k) => k in written)).toEqual([]);
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

describe('rank', () => {
  it('highest first; equal totals share a rank in id order and the next rank skips them; the input left as it was', () => {
    const es = [
      entry('d', 70, null),
      entry('b', 80, null),
      entry('a', 90, null),
      entry('c', 80, null),
      entry('e', 70, null),
    ];
    expect(rank(es).map((r) => [r.rank, r.entry.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'c'],
      [4, 'd'],
      [4, 'e'],
    ]);
    expect(es.map((e) => e.id)).toEqual(['d', 'b', 'a', 'c', 'e']);
  });

  it('a billionth apart is a tie; three billionths is not', () => {
    expect(rank([entry('x', 1e-9, null), entry('y', 0, null)]).map((r) => r.rank)).toEqual([1, 1]);
    expect(rank([entry('x', 3e-9, null), entry('y', 0, null)]).map((r) => r.rank)).toEqual([1, 2]);
  });
});

describe('groups: tiers counted', () => {
  it('two at a tier and two at none', () => {
    const es = [entry('a', 10, null), entry('b', 20, null), entry('c', 70, 'pass'), entry('d', 75, 'pass')];
    expect(groups(es, 'all')[0]!.tiers).toEqual({ none: 2, pass: 2 });
  });
});

describe('quotaArithmetic: the last count that meets it', () => {
  it('short until every one reaches the tier; over until none does', () => {
    // All of 4 at the tier: 2 more (not unreachable: 4 of 4 meets it).
    expect(quotaArithmetic(2, 4, share('at-least', 1))).toEqual({ status: 'short', delta: 2 });
    // At most 0%: 2 fewer, to none.
    expect(quotaArithmetic(2, 4, share('at-most', 0))).toEqual({ status: 'over', delta: 2 });
  });
});

describe('nearest', () => {
  const g = (needed: number) => ({ needed, fixes: ['f'], reachable: true });
  // Sixteen at 达标 already (no gap), one below it with no gap (an event), and the candidates.
  const at = Array.from({ length: 16 }, (_, i) => entry(`p${String(i).padStart(2, '0')}`, 70, 'pass'));
  const blocked = entry('fire', 50, null);
  const reachesPass = (e: RankEntry) => e.tier === 'pass';

  it('none asked: none', () => {
    expect(nearest([entry('c', 50, null, { gaps: { pass: g(1) } })], 'pass', reachesPass, 0)).toEqual([]);
  });

  it('the nearest k among many, then every one tied with the last, in id order', () => {
    // 2 wanted: z1 (1 point) and q5 (5 points, first of the 5s by id); x5 and y5 tie with q5.
    const list = [
      ...at.slice(0, 8),
      entry('y5', 50, null, { gaps: { pass: g(5) } }),
      blocked,
      entry('q5', 50, null, { gaps: { pass: g(5) } }),
      entry('z1', 50, null, { gaps: { pass: g(1) } }),
      entry('x5', 50, null, { gaps: { pass: g(5) } }),
      ...at.slice(8),
    ];
    expect(nearest(list, 'pass', reachesPass, 2).map((c) => c.entry.id)).toEqual(['z1', 'q5', 'x5', 'y5']);
  });

  it('fewer candidates than asked: all of them', () => {
    const list = [...at, blocked, entry('z1', 50, null, { gaps: { pass: g(1) } }), entry('y', 60, 'pass')];
    expect(nearest(list, 'pass', reachesPass, 2).map((c) => c.entry.id)).toEqual(['z1']);
  });
});

describe('quotas: who is counted, and what a result says', () => {
  const half = tiny([quota('half', 'street', 'pass', share('at-least', 0.5))]);
  const groupOf = (e: RankEntry, by: string) =>
    by === 'all' ? null : (e[by as 'street' | 'district'] ?? undefined);
  const gap = { needed: 5, fixes: ['f'], reachable: true };

  it('no entries and no doubts: no verdict', () => {
    expect(quotas(half, [])).toEqual([]);
  });

  it('a street known only from a doubt comes in its order among the others', () => {
    const qs = quotas(half, [entry('a', 70, 'pass', { street: 'Y' })], {
      doubts: [doubt('m', 'missing', { street: 'X' })],
    });
    expect(qs.map((q) => [q.key, q.n, q.reached])).toEqual([
      ['X', 1, 0],
      ['Y', 1, 1],
    ]);
  });

  it('nobody names a street: only doubts, or only entries; provisional either way', () => {
    const [onlyDoubt] = quotas(half, [], { doubts: [doubt('m', 'missing', {})], groupOf });
    expect(pick(onlyDoubt!)).toMatchObject({
      key: null,
      n: 1,
      reached: 0,
      status: 'short',
      provisional: true,
    });
    const [onlyEntries] = quotas(half, [entry('a', 70, 'pass'), entry('b', 40, null)], { groupOf });
    expect(pick(onlyEntries!)).toMatchObject({
      key: null,
      n: 2,
      reached: 1,
      status: 'met',
      unplaced: 0,
      doubts: [],
      provisional: true,
    });
  });

  it('provisional for a doubt of its own alone, or for a community of no street alone', () => {
    const es = [entry('a', 70, 'pass', { street: 'X' }), entry('b', 40, null, { street: 'X' })];
    const [doubted] = quotas(half, es, { doubts: [doubt('u', 'invalid', { street: 'X' })], groupOf });
    expect(pick(doubted!)).toMatchObject({ n: 3, unplaced: 0, unscored: 1, provisional: true });
    const [unplaced] = quotas(half, [...es, entry('c', 95, 'top')], { groupOf });
    expect(pick(unplaced!)).toMatchObject({ n: 2, unplaced: 1, doubts: [], provisional: true });
    expect(quotas(half, es, { groupOf })[0]!.provisional).toBe(false);
  });

  it('met: no delta, points or unreachable key at all', () => {
    const [q] = quotas(half, [
      entry('a', 70, 'pass', { street: 'X' }),
      entry('b', 40, null, { street: 'X' }),
    ]);
    expect(q!.status).toBe('met');
    expect(['delta', 'points', 'unreachable', 'criterion'].filter((k) => k in q!)).toEqual([]);
  });

  it('a count no street can reach: short by all below it, unreachable', () => {
    const five = tiny([quota('five', 'street', 'pass', share('at-least', 5), { measure: 'count' })]);
    const es = ['a', 'b', 'c'].map((id, i) => entry(id, i ? 40 : 70, i ? null : 'pass', { street: 'X' }));
    expect(pick(quotas(five, es)[0]!)).toMatchObject({ status: 'short', delta: 2 });
    expect(quotas(five, es)[0]!.unreachable).toBe(true);
    const two = tiny([quota('two', 'street', 'pass', share('at-least', 2), { measure: 'count' })]);
    expect('unreachable' in quotas(two, es)[0]!).toBe(false);
  });

  it('over a cap: no candidates, though those below the tier have gaps', () => {
    const cap = tiny([quota('cap', 'street', 'pass', share('at-most', 0.2))]);
    const es = [
      entry('a', 70, 'pass', { street: 'X' }),
      entry('b', 70, 'pass', { street: 'X' }),
      entry('c', 40, null, { street: 'X', gaps: { pass: gap } }),
      entry('d', 40, null, { street: 'X', gaps: { pass: gap } }),
    ];
    // 2 of 4 is 50%; 1 of 4 still 25%: none may be at 达标, 2 fewer.
    expect(pick(quotas(cap, es)[0]!)).toMatchObject({ status: 'over', delta: 2, candidates: [] });
  });

  it('a criterion’s quota counts those meeting it, names it, and lists no candidates', () => {
    const big = tiny([quota('big', 'street', '', share('at-least', 0.75), { criterion: 'big' })]);
    const es = [
      entry('a', 70, 'pass', { street: 'X', met: ['big'] }),
      entry('b', 40, null, { street: 'X', met: ['other', 'big'], gaps: { pass: gap } }),
      entry('c', 95, 'top', { street: 'X', met: ['other'] }),
      entry('d', 40, null, { street: 'X', gaps: { pass: gap } }),
      entry('e', 40, null, { street: 'X', met: ['big'] }),
    ];
    const [q] = quotas(big, es);
    // 3 of 5 meet it (60%): 4 wanted (75% is 3.75), 1 short, 15 points below.
    expect(pick(q!)).toMatchObject({
      n: 5,
      reached: 3,
      status: 'short',
      delta: 1,
      points: 15,
      candidates: [],
    });
    expect([q!.criterion, q!.tier]).toEqual(['big', '']);
  });
});

describe('toRankEntry: the largest loss', () => {
  const crit = (id: string, earned: number, possible: number) => ({
    id,
    section: 's',
    kind: 'flag',
    status: earned === possible ? 'met' : 'unmet',
    earned,
    possible,
    veto: false,
    shortfalls: [],
  });
  const result = (sections: unknown[]) =>
    ({
      rubric: 'tiny',
      entity: { id: 'e', name: 'E', level: 'community' },
      period: '2025',
      sections,
      total: 50,
      possible: 100,
      tier: null,
      vetoes: [],
      unresolvedVetoes: [],
      counts: {},
      findings: [],
    }) as unknown as CommunityResult;
  const r = tiny([]);

  it('the larger of two, though it comes second; of two equal, the first', () => {
    const larger = result([
      { id: 's', earned: 3, possible: 10, criteria: [crit('a', 2, 4), crit('b', 1, 6)] },
    ]);
    expect(toRankEntry(r, larger, 'f').shortfall).toEqual({ criterion: 'b', lost: 5 });
    const equal = result([{ id: 's', earned: 2, possible: 8, criteria: [crit('a', 1, 4), crit('b', 1, 4)] }]);
    expect(toRankEntry(r, equal, 'f').shortfall).toEqual({ criterion: 'a', lost: 3 });
  });

  it('a weighted section of nothing possible loses nothing (a deduction taken there); full marks: no loss, no key', () => {
    const deducted = result([
      { id: 'd', earned: -2, possible: 0, weight: 10, criteria: [crit('minus', -2, 0)] },
      { id: 's', earned: 3, possible: 4, criteria: [crit('a', 3, 4)] },
    ]);
    expect(toRankEntry(r, deducted, 'f').shortfall).toEqual({ criterion: 'a', lost: 1 });
    const full = toRankEntry(
      r,
      result([{ id: 's', earned: 4, possible: 4, criteria: [crit('a', 4, 4)] }]),
      'f',
    );
    const written = JSON.parse(JSON.stringify(full));
    expect(['shortfall', 'met', 'inspection', 'choices', 'rollUps'].filter((k) => k in written)).toEqual([]);
  });
});
