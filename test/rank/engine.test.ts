/** The pure ranking, grouping and quota code, on small hand-made entries. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byGap,
  groups,
  quotaArithmetic,
  quotas,
  type RankEntry,
  rank,
  toRankEntry,
} from '../../src/engine/rank.js';
import { score } from '../../src/engine/score.js';
import { loadYamlFile } from '../../src/load/load-yaml-file.js';
import { loadRubric } from '../../src/load/rubrics.js';
import { interpretAssessment } from '../../src/model/interpret.js';
import type { Bound, Rubric } from '../../src/model/rubric.js';

const rubric = loadRubric('district-2005-community').rubric!;

function entry(id: string, total: number, tier: string | null, extra: Partial<RankEntry> = {}): RankEntry {
  return {
    file: `${id}.yaml`,
    rubric: rubric.id,
    id,
    name: `${id}社区`,
    level: 'community',
    street: '五马街道',
    district: '鹿城区',
    period: '2005',
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

const atLeast = (v: number): Bound => ({ op: 'at-least', value: { value: v } });
const moreThan = (v: number): Bound => ({ op: 'more-than', value: { value: v } });

describe('rank', () => {
  it('gives ties the same rank, skips the next ones (1, 2, 2, 4) and orders ties by id', () => {
    const rows = rank([
      entry('d', 70, null),
      entry('c', 80, null),
      entry('a', 80, null),
      entry('b', 95, null),
    ]);
    expect(rows.map((r) => [r.rank, r.entry.id])).toEqual([
      [1, 'b'],
      [2, 'a'],
      [2, 'c'],
      [4, 'd'],
    ]);
  });

  it('does not depend on the order of its input', () => {
    const es = [entry('a', 50, null), entry('b', 60, null), entry('c', 60, null), entry('d', 99, null)];
    const a = rank(es).map((r) => [r.rank, r.entry.id]);
    const b = rank([...es].reverse()).map((r) => [r.rank, r.entry.id]);
    expect(b).toEqual(a);
  });

  it('treats an all-equal field as one shared first place', () => {
    expect(
      rank([entry('x', 80, null), entry('y', 80, null), entry('z', 80, null)]).map((r) => r.rank),
    ).toEqual([1, 1, 1]);
  });
});

describe('groups', () => {
  it('counts, averages, spreads by tier and ranks within each street; no street comes last', () => {
    const es = [
      entry('a', 90, 'modern', { street: '甲街道' }),
      entry('b', 70, 'safe-civilized', { street: '甲街道' }),
      entry('c', 80, 'safe-civilized', { street: '乙街道' }),
      entry('d', 40, null, { street: undefined }),
      entry('e', 70, null, { street: '甲街道' }),
    ];
    const gs = groups(es, 'street');
    expect(gs.map((g) => g.key)).toEqual(
      ['乙街道', '甲街道', null].sort((x, y) => (x === null ? 1 : y === null ? -1 : x < y ? -1 : 1)),
    );
    const jia = gs.find((g) => g.key === '甲街道')!;
    expect(jia.count).toBe(3);
    expect(jia.mean).toBeCloseTo(76.666667, 5);
    expect(jia.tiers).toEqual({ modern: 1, 'safe-civilized': 1, none: 1 });
    expect(jia.rows.map((r) => [r.rank, r.entry.id])).toEqual([
      [1, 'a'],
      [2, 'b'],
      [2, 'e'],
    ]);
    expect(gs[gs.length - 1]!.key).toBeNull();
  });
});

describe('quota arithmetic', () => {
  it('meets "85%以上" at exactly 85% (17 of 20): the bound includes its figure', () => {
    expect(quotaArithmetic(17, 20, atLeast(0.85))).toEqual({ status: 'met' });
  });

  it('does not meet "超过85%" at exactly 85%: one more community is needed', () => {
    expect(quotaArithmetic(17, 20, moreThan(0.85))).toEqual({ status: 'short', delta: 1 });
  });

  it('counts the fewest communities that lift the share over the bound', () => {
    // 85% of 9: 7/9 = 77.8% is short, 8/9 = 88.9% meets: short by 1 from 7, by 3 from 5.
    expect(quotaArithmetic(7, 9, atLeast(0.85))).toEqual({ status: 'short', delta: 1 });
    expect(quotaArithmetic(5, 9, atLeast(0.85))).toEqual({ status: 'short', delta: 3 });
    // 70% of 10 streets: exactly 7 meets.
    expect(quotaArithmetic(6, 10, atLeast(0.7))).toEqual({ status: 'short', delta: 1 });
    expect(quotaArithmetic(7, 10, atLeast(0.7))).toEqual({ status: 'met' });
    // 50% of 3: 2 (66.7%) is the first that meets.
    expect(quotaArithmetic(1, 3, atLeast(0.5))).toEqual({ status: 'short', delta: 1 });
  });

  it('agrees with a brute-force count for every n up to 60 and every target in whole percent', () => {
    for (let n = 1; n <= 60; n++) {
      for (let pct = 0; pct <= 100; pct += 5) {
        for (let reached = 0; reached <= n; reached++) {
          const a = quotaArithmetic(reached, n, atLeast(pct / 100));
          // Integer arithmetic: k/n >= pct/100  <=>  100k >= pct·n.
          const need = Math.ceil((pct * n) / 100);
          if (reached >= need) expect(a.status).toBe('met');
          else expect(a).toEqual({ status: 'short', delta: need - reached });
        }
      }
    }
  });

  it('says when a "more than 100%" style target cannot be met, and when a cap is exceeded', () => {
    expect(quotaArithmetic(3, 4, moreThan(1))).toEqual({ status: 'short', delta: 1, unreachable: true });
    expect(quotaArithmetic(4, 10, { op: 'at-most', value: { value: 0.2 } })).toEqual({
      status: 'over',
      delta: 2,
    });
  });
});

describe('quotas', () => {
  const gap = (needed: number, fixes: string[], reachable = true) => ({ needed, fixes, reachable });

  it('computes each quota per street, short by N, with the nearest candidates first', () => {
    const es = [
      entry('a', 95, 'modern'),
      entry('b', 80, 'safe-civilized', { gaps: { modern: gap(10, ['office-service-area-300']) } }),
      entry('c', 89, 'safe-civilized', { gaps: { modern: gap(1, ['patrol-team']) } }),
      entry('d', 60, null, {
        gaps: { modern: gap(30, ['x', 'y']), 'safe-civilized': gap(10, ['service-area-150']) },
      }),
      entry('e', 88, null, {
        vetoes: ['no-major-incident'],
        gaps: { modern: gap(2, ['no-major-incident']), 'safe-civilized': gap(0, ['no-major-incident']) },
      }),
    ];
    const qs = quotas(rubric, es);
    const modern = qs.find((q) => q.quota === 'modern-share')!;
    // A district target (004): one verdict for 鹿城区, with 五马街道's part as information.
    expect(modern).toMatchObject({
      by: 'district',
      key: '鹿城区',
      n: 5,
      reached: 1,
      status: 'short',
      delta: 2,
    });
    expect(modern.parts).toEqual([{ key: '五马街道', n: 5, reached: 1, share: 0.2 }]);
    // 50% of 5: 3 needed, 1 reached. Nearest: c (1 point), e (2), b (10), then d.
    expect(modern.candidates.map((c) => c.entry.id)).toEqual(['c', 'e', 'b', 'd']);
    const safe = qs.find((q) => q.quota === 'safe-civilized-share')!;
    // 85% of 5 = 4.25: 5 needed, 3 reached (modern counts as safe-civilized too).
    expect(safe).toMatchObject({ n: 5, reached: 3, status: 'short', delta: 2 });
    // The gap to the quota's own tier (safe-civilized), not to the next tier up.
    expect(safe.candidates.map((c) => [c.entry.id, c.gap.needed])).toEqual([
      ['e', 0],
      ['d', 10],
    ]);
  });

  it('lists no candidates for a quota that is met, and keeps unreachable candidates last', () => {
    const es = [entry('a', 95, 'modern'), entry('b', 95, 'modern')];
    expect(
      quotas(rubric, es)
        .filter((q) => q.criterion === undefined)
        .every((q) => q.status === 'met' && q.candidates.length === 0),
    ).toBe(true);
    const more = [
      entry('a', 95, 'modern'),
      entry('b', 50, null, {
        gaps: { modern: gap(5, ['z'], false), 'safe-civilized': gap(20, ['q'], false) },
      }),
      entry('c', 40, null, { gaps: { modern: gap(50, ['y']), 'safe-civilized': gap(30, ['q']) } }),
    ];
    const modern = quotas(rubric, more).find((q) => q.quota === 'modern-share')!;
    expect(modern.candidates.map((c) => c.entry.id)).toEqual(['c', 'b']);
  });

  it('lists exactly the head of all the candidates sorted nearest first, for any street', () => {
    const member = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      total: fc.integer({ min: 0, max: 10 }),
      // About 80% at a tier the 85% quota counts: short by a few among many, sometimes by many.
      tier: fc.oneof(
        { weight: 12, arbitrary: fc.constant('modern' as const) },
        { weight: 2, arbitrary: fc.constant('safe-civilized' as const) },
        { weight: 3, arbitrary: fc.constant(null) },
      ),
      needed: fc.integer({ min: 0, max: 3 }),
      fixes: fc.integer({ min: 0, max: 2 }),
      reachable: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(member, { minLength: 40, maxLength: 300, size: 'max' }), (ms) => {
        const es = ms.map((m, i) =>
          entry(m.id, m.total, m.tier, {
            file: `f${i}.yaml`,
            gaps: Object.fromEntries(
              ['modern', 'safe-civilized'].map((t) => [
                t,
                gap(m.needed, ['x', 'y'].slice(0, m.fixes), m.reachable),
              ]),
            ),
          }),
        );
        for (const q of quotas(rubric, es)) {
          // A quota of a criterion names no candidates (the next test).
          if (q.status !== 'short' || q.criterion !== undefined) continue;
          const order = rubric.tiers.map((t) => t.id);
          const reaches = (t: string | null) => t !== null && order.indexOf(t) <= order.indexOf(q.tier);
          const all = es
            .filter((e) => !reaches(e.tier))
            .map((e) => ({ entry: e, gap: e.gaps[q.tier]! }))
            .sort(byGap);
          // The head, and every one tied with its last (the same in all but the id).
          const head = all.slice(0, (q.delta ?? 0) + 2);
          const last = head[head.length - 1]!;
          const tie = (c: (typeof all)[number]) =>
            c.gap.reachable === last.gap.reachable &&
            c.gap.needed === last.gap.needed &&
            c.gap.fixes.length === last.gap.fixes.length &&
            c.entry.total === last.entry.total;
          const tied = all.slice(head.length).filter(tie);
          expect(q.candidates.map((c) => c.entry.file)).toEqual([...head, ...tied].map((c) => c.entry.file));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts those meeting a criterion for a quota of a criterion, and names no candidates', () => {
    // 大多数 ≥ 300 m², more than 50% of the district: 2 of 4 is not more than half, 3 of 4 is.
    const has = { met: ['office-service-area-300'] };
    const two = [
      entry('a', 95, 'modern', has),
      entry('b', 60, null, has),
      entry('c', 90, 'modern'),
      entry('d', 40, null),
    ];
    const q = quotas(rubric, two).find((x) => x.quota === 'large-office-share')!;
    expect(q).toMatchObject({
      criterion: 'office-service-area-300',
      reached: 2,
      n: 4,
      status: 'short',
      delta: 1,
      points: 0,
    });
    expect(q.candidates).toEqual([]);
    const three = [...two.slice(0, 3).map((e) => ({ ...e, ...has })), two[3]!];
    expect(quotas(rubric, three).find((x) => x.quota === 'large-office-share')).toMatchObject({
      reached: 3,
      status: 'met',
    });
  });

  it('cannot judge a masked target', () => {
    const masked: Rubric = {
      ...rubric,
      quotas: [{ ...rubric.quotas[0]!, bound: { op: 'at-least', value: { masked: '**' } } }],
    };
    expect(quotas(masked, [entry('a', 95, 'modern')])[0]).toMatchObject({ status: 'masked', candidates: [] });
  });
});

describe('toRankEntry', () => {
  it('keeps the gap to every tier not reached, and the largest shortfall', () => {
    const y = loadYamlFile('examples/street/dingzi.yaml');
    const a = interpretAssessment(y.data, rubric).assessment!;
    const r = score(rubric, a, { asOf: '2005-12-31' });
    const e = toRankEntry(rubric, r, 'examples/street/dingzi.yaml');
    expect(e.tier).toBeNull();
    expect(Object.keys(e.gaps).sort()).toEqual(['modern', 'safe-civilized']);
    expect(e.gaps['safe-civilized']!.needed).toBeCloseTo(Math.max(0, 70 - r.total), 6);
    expect(e.shortfall?.lost).toBe(
      Math.max(...r.sections.flatMap((s) => s.criteria.map((c) => c.possible - c.earned))),
    );
    expect(JSON.stringify(e).length).toBeLessThan(1500);
  });

  it('takes the gap to the next tier from the result as working it out again would give it', () => {
    let reused = 0;
    for (const f of [
      'dingzi',
      'fuqian',
      'guigan',
      'gulou',
      'huaniutang',
      'lingou',
      'qingnianfang',
      'taoli',
      'wumajie',
    ]) {
      const a = interpretAssessment(loadYamlFile(`examples/street/${f}.yaml`).data, rubric).assessment!;
      const r = score(rubric, a, { asOf: '2005-12-31' });
      const { nextTier, ...without } = r;
      if (nextTier && Object.hasOwn(toRankEntry(rubric, r, f).gaps, nextTier.tier)) reused++;
      expect(toRankEntry(rubric, r, f), f).toStrictEqual(toRankEntry(rubric, without, f));
    }
    expect(reused).toBeGreaterThan(3);
  });
});
