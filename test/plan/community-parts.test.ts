/**
 * The community planner's inner parts (src/engine/plan/community.ts), by hand: which fixes are
 * decided together (a criterion reading two metrics, a way that moves a second metric), the
 * cheapest way per change, exemptions, a weighted section's points, shared fixes across parts,
 * ties and months in the Pareto packages, the points a tier still needs (at 0, and under an
 * inspection's deduction larger than the total), the cap on a part's combinations, and the memory
 * of scored parts that alike communities share (one rubric object, communities one after another).
 */
import { describe, expect, it } from 'vitest';
import type { CommunityInput } from '../../src/engine/plan/community.js';
import type { Assessment } from '../../src/model/assessment.js';
import type { Prices, Way } from '../../src/model/costs.js';
import type { Exemption, Rubric } from '../../src/model/rubric.js';
import { AS_OF, miniRubric, rubricFromYaml } from '../helpers/build.js';
import { brief, PRICES, packagesFor, way } from './community-fixtures.js';

/** a1 40 (100 ㎡), b1 30 (5 people), f1 20 (a flag), v1 10 (a veto flag): the tiers given. */
const rubricOf = (
  tiers = '- { id: top, min-score: 90, requires: [f1] }\n- { id: pass, min-score: 60 }',
  extra = '',
) =>
  miniRubric({
    extra,
    metrics: `
      a: { type: area }
      b: { type: count }
      f: { type: flag }
      v: { type: flag }`,
    criteria: `
      - { id: a1, kind: threshold, metric: a, at-least: 100, points: 40 }
      - { id: b1, kind: threshold, metric: b, at-least: 5, points: 30 }
      - { id: f1, kind: flag, metric: f, points: 20 }
      - { id: v1, kind: flag, metric: v, points: 10, veto: true }`,
    tiers,
  });

function plan(
  r: Rubric,
  metrics: Record<string, unknown>,
  prices: Prices,
  extra: Partial<CommunityInput> = {},
  facilities?: { kind: string; area?: number; count?: number }[],
  evidence?: Assessment['evidence'],
) {
  return packagesFor(r, metrics, prices, extra, facilities, evidence);
}

/** The ways the packages use, by key. */
const ways = (ps: { fixes: { key: string; way: Way }[] }[] | undefined) =>
  ps?.map((p) => p.fixes.map((f) => `${f.key} ${f.way.way}`));

describe('parts: fixes decided together', () => {
  /** two: 60 points only when both p (3) and q (7) are met; x1: 40 for x. */
  const pq = miniRubric({
    metrics: `
      p: { type: count }
      q: { type: count }
      x: { type: count }`,
    criteria: `
      - { id: two, kind: count, points: 60, items: [{ metric: p, at-least: 3 }, { metric: q, at-least: 7 }], bands: [{ met: 2, points: 60 }] }
      - { id: x1, kind: threshold, metric: x, at-least: 1, points: 40 }`,
    tiers: '- { id: pass, min-score: 60 }',
  });

  it('a criterion reading two priced metrics: its fixes scored together, not each alone', () => {
    // p +2 (20) and q +6 (60) give 60 only together: 80. x alone gives 40.
    const prices: Prices = {
      metrics: { p: [way(0, 10)], q: [way(0, 10)], x: [way(1000, 0)] },
      facilities: {},
    };
    const o = plan(pq, { p: 1, q: 1, x: 0 }, prices);
    expect(o.blocked).toEqual({});
    expect(brief(o.packages.pass)).toEqual([[80, 2, ['m:p', 'm:q'], []]]);
  });

  it('two shared fixes of one part are named each, in order', () => {
    const prices: Prices = {
      metrics: { q: [way(0, 10, 1, { shared: 2 })], p: [way(0, 10, 1, { shared: 1 })] },
      facilities: {},
    };
    expect(brief(plan(pq, { p: 1, q: 1, x: 0 }, prices).packages.pass)).toEqual([
      [0, 0, ['m:p', 'm:q'], ['m:p', 'm:q']],
    ]);
  });

  it('a way that moves a second metric: the criteria of both are scored with it', () => {
    // a 50 → 100 (500) also adds 50 to b (2 → 52): a1 and b1, 70 more, from 30 to 100.
    const r = rubricOf();
    const moving: Prices = { metrics: { a: [way(0, 10, 1, { also: ['b'] })] }, facilities: {} };
    const o = plan(r, { a: 50, b: 2, f: true, v: true }, moving);
    expect(brief(o.packages.top)).toEqual([[500, 1, ['m:a'], []]]);
    expect(brief(o.packages.pass)).toEqual([[500, 1, ['m:a'], []]]);
  });

  it('an event read in a priced part: the part cannot meet it, the tier is blocked by the event', () => {
    // The way of a names the fire flag (a flag is not moved), so a and fire are one part.
    const r = miniRubric({
      metrics: `
        a: { type: area }
        fire: { type: flag }`,
      criteria: `
        - { id: a1, kind: threshold, metric: a, at-least: 100, points: 90 }
        - { id: fire1, kind: flag, metric: fire, expect: false, veto: true, event: true, points: 10 }`,
      tiers: '- { id: pass, min-score: 60 }',
    });
    const o = plan(
      r,
      { a: 50, fire: true },
      { metrics: { a: [way(0, 10, 1, { also: ['fire'] })] }, facilities: {} },
    );
    expect(o.blocked).toEqual({ pass: [{ reason: 'event', id: 'fire1' }] });
  });
});

describe('the cheapest way per change', () => {
  /** a1 40 at 100 ㎡ (met at 100), a2 10 at 200 ㎡, b1 30: 80 in all. */
  const two = miniRubric({
    metrics: `
      a: { type: area }
      b: { type: count }`,
    criteria: `
      - { id: a1, kind: threshold, metric: a, at-least: 100, points: 40 }
      - { id: a2, kind: threshold, metric: a, at-least: 200, points: 10 }
      - { id: b1, kind: threshold, metric: b, at-least: 5, points: 30 }`,
    tiers: '- { id: top, min-score: 80 }\n- { id: pass, min-score: 60 }',
  });

  it('two values of one metric are two changes, each kept', () => {
    // From 50 ㎡ and 2 people: 0. To 100 ㎡ (50, 500) or 200 ㎡ (150, 1500); b 300.
    // 80 needs a at 200 and b: 1800. 60 needs a at 100 and b (800) or a at 200 and b.
    const o = plan(two, { a: 50, b: 2 }, { metrics: { a: [way(0, 10)], b: [way(0, 100)] }, facilities: {} });
    expect(o.packages.top!.map((p) => [p.cost, p.fixes.map((f) => f.to)])).toEqual([[1800, [200, 5]]]);
    expect(o.packages.pass!.map((p) => [p.cost, p.fixes.map((f) => f.to)])).toEqual([
      [800, [100, 5]],
      [1800, [200, 5]],
    ]);
  });

  it('a fix adds what it changes, not the points already there', () => {
    // At 100 ㎡ (a1 met, 40): to 200 ㎡ adds 10 (a2) for 100; 60 needs 20 more: b (300), not a.
    // 80 needs 40: both (400), which the lower tier lists too.
    const o = plan(two, { a: 100, b: 2 }, { metrics: { a: [way(0, 1)], b: [way(0, 100)] }, facilities: {} });
    expect(brief(o.packages.top)).toEqual([[400, 2, ['m:a', 'm:b'], []]]);
    expect(brief(o.packages.pass)).toEqual([
      [300, 1, ['m:b'], []],
      [400, 2, ['m:a', 'm:b'], []],
    ]);
  });

  it('of two ways to one change, the cheaper, wherever it is listed; at one price, the quicker', () => {
    const r = rubricOf();
    const m = { a: 100, b: 2, f: true, v: true };
    const dearFirst: Prices = {
      metrics: { b: [{ ...way(200, 100, 1), way: 'rent' }, way(0, 100, 1)] },
      facilities: {},
    };
    expect(ways(plan(r, m, dearFirst).packages.top)).toEqual([['m:b build']]);
    const slowFirst: Prices = {
      metrics: { b: [way(0, 100, 6), { ...way(0, 100, 1), way: 'rent' }] },
      facilities: {},
    };
    expect(brief(plan(r, m, slowFirst).packages.top)).toEqual([[300, 1, ['m:b'], []]]);
    const three: Prices = {
      metrics: {
        b: [{ ...way(500, 100, 1), way: 'buy' }, way(0, 100, 1), { ...way(200, 100, 1), way: 'rent' }],
      },
      facilities: {},
    };
    expect(ways(plan(r, m, three).packages.top)).toEqual([['m:b build']]);
  });

  it('a way that also moves another metric is another change, kept beside the cheaper plain one', () => {
    // b 2 → 5 plainly (300), or with a way that adds the 3 to a as well (900): 50 + 3 is no 100 ㎡,
    // so both give 30; a at 97 ㎡ though: the second way reaches 100 ㎡ too (+40).
    const r = rubricOf();
    const prices: Prices = {
      metrics: { b: [way(0, 100), { ...way(600, 100, 1, { also: ['a'] }), way: 'set-up' }] },
      facilities: {},
    };
    const o = plan(r, { a: 97, b: 2, f: true, v: true }, prices);
    // 30 points: top (90) needs 60: only the set-up (b and a) gives 70.
    expect(ways(o.packages.top)).toEqual([['m:b set-up']]);
    expect(ways(o.packages.pass)).toEqual([['m:b build'], ['m:b set-up']]);
  });
});

describe('exemptions', () => {
  const waiver = (criterion: string, veto = false): Exemption => ({
    community: 'c1',
    criterion,
    reason: '试点',
    expires: '2030-12-31',
    ...(veto ? { veto: true } : {}),
  });

  it('an exempt requirement is met with its full points; a later community without it is not', () => {
    const r = rubricOf();
    const m = { a: 50, b: 2, f: false, v: true };
    // f1 exempt: 20 + v1 10 = 30. 90 (and f1) needs 60: a and b, 800. 60 needs 30: b, 300.
    const exempt = plan(r, m, PRICES, { score: { asOf: AS_OF, waivers: [waiver('f1')] } });
    expect(exempt.blocked).toEqual({});
    expect(brief(exempt.packages.top)).toEqual([[800, 2, ['m:a', 'm:b'], []]]);
    expect(brief(exempt.packages.pass)).toEqual([
      [300, 1, ['m:b'], []],
      [800, 2, ['m:a', 'm:b'], []],
    ]);
    // The same values and prices with no exemption (scored anew): f must be fixed for the top tier.
    const plain = plan(r, m, PRICES);
    expect(brief(plain.packages.top)).toEqual([[1800, 3, ['m:a', 'm:b', 'm:f'], []]]);
  });

  it('an exempt veto, priced or not, blocks nothing', () => {
    const r = rubricOf();
    const m = { a: 100, b: 5, f: true, v: false };
    const waivers = [waiver('v1', true)];
    // v1 exempt: 100 already, at the top tier.
    const unpriced = plan(r, m, PRICES, { score: { asOf: AS_OF, waivers } });
    expect(unpriced.tier).toBe('top');
    expect(unpriced.blocked).toEqual({});
    const priced = plan(
      r,
      m,
      { ...PRICES, metrics: { ...PRICES.metrics, v: [way(50, 0)] } },
      {
        score: { asOf: AS_OF, waivers },
      },
    );
    expect(brief(priced.packages.top)).toEqual([[0, 0, [], []]]);
  });
});

describe('a weighted section', () => {
  // Section w weighs 30 for 60 raw points (a1 40, b1 20): each raw point is half a point.
  const weighted = rubricFromYaml(`
rubric: t
title: t
metrics:
  a: { type: area }
  b: { type: count }
  c: { type: count }
sections:
  - id: w
    weight: 30
    criteria:
      - { id: a1, kind: threshold, metric: a, at-least: 100, points: 40 }
      - { id: b1, kind: threshold, metric: b, at-least: 5, points: 20 }
  - id: s
    criteria:
      - { id: c1, kind: threshold, metric: c, at-least: 1, points: 70 }
tiers:
  - { id: top, min-score: 90 }
  - { id: pass, min-score: 50 }
`);
  const prices: Prices = { metrics: { a: [way(0, 1)], b: [way(0, 1)], c: [way(1000, 0)] }, facilities: {} };

  it('its fixes count at the section’s weight', () => {
    // a 100 (100) gives 20, b 5 (5) gives 10, c 1 (1000) gives 70. 50: c alone (a and b give 30).
    // 90: c and a (1100); c and b give 80.
    const o = plan(weighted, { a: 0, b: 0, c: 0 }, prices);
    expect(brief(o.packages.pass)).toEqual([
      [1000, 1, ['m:c'], []],
      [1100, 2, ['m:a', 'm:c'], []],
    ]);
    expect(brief(o.packages.top)).toEqual([[1100, 2, ['m:a', 'm:c'], []]]);
  });
});

describe('a weighted section of no raw points', () => {
  it('its criteria count for nothing, but a tier may still require them', () => {
    // Section zero weighs 20 over 0 raw points: the engine gives it 0 whatever z1 does.
    const r = rubricFromYaml(`
rubric: t
title: t
metrics:
  a: { type: area }
  z: { type: count }
sections:
  - id: zero
    weight: 20
    criteria:
      - { id: z1, kind: threshold, metric: z, at-least: 1, points: 0 }
  - id: s
    criteria:
      - { id: a1, kind: threshold, metric: a, at-least: 100, points: 80 }
tiers:
  - { id: pass, min-score: 80, requires: [z1] }
`);
    const o = plan(r, { a: 50, z: 0 }, { metrics: { a: [way(0, 10)], z: [way(10, 0)] }, facilities: {} });
    // a (500) for the 80 points, z (10) for the requirement.
    expect(brief(o.packages.pass)).toEqual([[510, 2, ['m:a', 'm:z'], []]]);
  });
});

describe('shared fixes across parts', () => {
  it('each part’s shared keys, joined in order, and a plain part beside them', () => {
    // b and a at stations (listed b first: their parts come b, a), f paid here (1000).
    const shared: Prices = {
      metrics: { b: [way(0, 100, 2, { shared: 3 })], a: [way(0, 10, 2, { shared: 4 })], f: [way(1000, 0)] },
      facilities: {},
    };
    const o = plan(rubricOf(), { a: 50, b: 2, f: false, v: true }, shared);
    // 10 points. 90 and f1: a, b and f, 1000. 60 (50 more): a and b (0, at the stations), or f
    // (20) with a (40) or b (30): 1000 each, their own shared key.
    expect(brief(o.packages.top)).toEqual([[1000, 1, ['m:a', 'm:b', 'm:f'], ['m:a', 'm:b']]]);
    expect(brief(o.packages.pass)).toEqual([
      [0, 0, ['m:a', 'm:b'], ['m:a', 'm:b']],
      [1000, 1, ['m:a', 'm:b', 'm:f'], ['m:a', 'm:b']],
      [1000, 1, ['m:a', 'm:f'], ['m:a']],
      [1000, 1, ['m:b', 'm:f'], ['m:b']],
    ]);
  });
});

describe('Pareto packages: ties and months', () => {
  it('of two packages giving what a tier needs at one price and one time, the first only', () => {
    // 30 points; 60 needs 30: a (40, 500) or b (30, 300): b. With months, a is no quicker: b.
    const r = rubricOf();
    const m = { a: 50, b: 2, f: true, v: true };
    const even: Prices = { metrics: { a: [way(0, 6)], b: [way(0, 100)] }, facilities: {} };
    // a costs 300 too (50 ㎡ at 6): one of the two only, the first found (parts are joined in
    // order, a then b, each first without its fix: b alone comes before a alone).
    expect(brief(plan(r, m, even).packages.pass)).toEqual([
      [300, 1, ['m:b'], []],
      [600, 2, ['m:a', 'm:b'], []],
    ]);
    expect(brief(plan(r, m, PRICES, { months: true }).packages.pass)).toEqual([
      [300, 1, ['m:b'], []],
      [800, 2, ['m:a', 'm:b'], []],
    ]);
  });

  it('free fixes: a package giving more for nothing beats one giving less', () => {
    const free: Prices = { metrics: { a: [way(0, 0)], b: [way(0, 0)] }, facilities: {} };
    const o = plan(rubricOf(), { a: 50, b: 2, f: true, v: true }, free);
    expect(brief(o.packages.top)).toEqual([[0, 2, ['m:a', 'm:b'], []]]);
    expect(brief(o.packages.pass)).toEqual([[0, 2, ['m:a', 'm:b'], []]]);
  });

  it('months not asked: a quicker, dearer package of a higher tier is dropped for a lower one', () => {
    // 50 points, above both tiers' scores; tiers not nested: the top needs f1 (1000, a month), the
    // lower b1 (300, 6 months). For the lower tier the top's package gives no more: dearer, it goes.
    const r = rubricOf(
      '- { id: top, min-score: 40, requires: [f1] }\n- { id: pass, min-score: 30, requires: [b1] }',
      'nested-tiers: false',
    );
    const slow: Prices = { metrics: { b: [way(0, 100, 6)], f: [way(1000, 0, 1)] }, facilities: {} };
    const m = { a: 100, b: 2, f: false, v: true };
    const o = plan(r, m, slow);
    expect(brief(o.packages.top)).toEqual([[1000, 1, ['m:f'], []]]);
    expect(brief(o.packages.pass)).toEqual([[300, 6, ['m:b'], []]]);
    // With months, both stay for the lower tier.
    expect(brief(plan(r, m, slow, { months: true }).packages.pass)).toEqual([
      [300, 6, ['m:b'], []],
      [1000, 1, ['m:f'], []],
    ]);
  });
});

describe('Pareto packages: at one price', () => {
  it('the quicker package, whichever tier it came from', () => {
    // As above, tiers not nested, at 50 points: the top needs f1 (300, 6 months), the lower b1
    // (300, a month). For the lower tier both give what it needs at one price: the quicker one.
    const r = rubricOf(
      '- { id: top, min-score: 40, requires: [f1] }\n- { id: pass, min-score: 30, requires: [b1] }',
      'nested-tiers: false',
    );
    const even: Prices = { metrics: { b: [way(0, 100, 1)], f: [way(300, 0, 6)] }, facilities: {} };
    const m = { a: 100, b: 2, f: false, v: true };
    expect(brief(plan(r, m, even).packages.pass)).toEqual([[300, 1, ['m:b'], []]]);
    expect(brief(plan(r, m, even, { months: true }).packages.pass)).toEqual([[300, 1, ['m:b'], []]]);
  });
});

describe('the points a tier still needs', () => {
  it('a tier at 0 points: only what it requires; already met, the empty package', () => {
    const r = rubricOf(
      '- { id: top, min-score: 90, requires: [f1] }\n- { id: base, min-score: 0, requires: [f1] }',
    );
    // 30 points with f1: at base already (and the top's package, 60 more: a and b).
    expect(brief(plan(r, { a: 50, b: 2, f: true, v: true }, PRICES).packages.base)).toEqual([
      [0, 0, [], []],
      [800, 2, ['m:a', 'm:b'], []],
    ]);
    // 10 points without it, and an inspection taking off 40: f alone (1000) reaches it; the top
    // would need 120 more (90 − (10 − 40)) of the 90 on offer.
    const o = plan(r, { a: 50, b: 2, f: false, v: true }, PRICES, { penalty: { deducted: 40, veto: false } });
    expect(brief(o.packages.base)).toEqual([[1000, 1, ['m:f'], []]]);
    expect(o.blocked).toEqual({ top: [{ reason: 'points', id: 'top' }] });
  });

  it('a deduction larger than the total: the points to find start below 0', () => {
    // 10 points less 20: the total shows 0 but 70 are still to find for 60 (not 60).
    // a 40 (500) and f 20 (1000) give 60: short; a and b (b now 1000 a person) give 70.
    const r = rubricOf();
    const dearB: Prices = {
      metrics: { a: [way(0, 10)], b: [way(0, 1000)], f: [way(1000, 0)] },
      facilities: {},
    };
    const o = plan(r, { a: 50, b: 2, f: false, v: true }, dearB, { penalty: { deducted: 20, veto: false } });
    expect(o.tier).toBeNull();
    expect(brief(o.packages.pass)).toEqual([[3500, 2, ['m:a', 'm:b'], []]]);
  });
});

describe('a part’s combinations are capped at 4096', () => {
  it('past 12 options in one part, the first option is never tried', () => {
    // all: 13 items (m0…m12 at least 1), a point each; solo: 50 for m0. m0 alone would reach 50,
    // but the combinations are walked with m0 left out first, and 2^12 = 4096 of them fill the cap.
    const ms = Array.from({ length: 13 }, (_, i) => `m${i}`);
    const r = miniRubric({
      metrics: ms.map((m) => `${m}: { type: count }`).join('\n'),
      criteria: `
        - { id: all, kind: count, points: 13, items: [${ms.map((m) => `{ metric: ${m}, at-least: 1 }`).join(', ')}] }
        - { id: solo, kind: threshold, metric: m0, at-least: 1, points: 50 }`,
      tiers: '- { id: pass, min-score: 50 }',
    });
    const prices: Prices = { metrics: Object.fromEntries(ms.map((m) => [m, [way(1, 0)]])), facilities: {} };
    const o = plan(r, Object.fromEntries(ms.map((m) => [m, 0])), prices);
    expect(o.packages.pass).toBeUndefined();
    expect(o.blocked).toEqual({ pass: [{ reason: 'points', id: 'pass' }] });
  });
});

describe('scored parts remembered for alike communities', () => {
  it('a value the part reads but nothing prices tells two communities apart', () => {
    // two needs p at 3 and q at 7; only p is priced. With q at 7, p (20) gives 60; with q at 1, nothing.
    const pq = miniRubric({
      metrics: `
        p: { type: count }
        q: { type: count }`,
      criteria: `
        - { id: two, kind: count, points: 60, items: [{ metric: p, at-least: 3 }, { metric: q, at-least: 7 }], bands: [{ met: 2, points: 60 }] }`,
      tiers: '- { id: pass, min-score: 60 }',
    });
    const onlyP: Prices = { metrics: { p: [way(0, 10)] }, facilities: {} };
    expect(brief(plan(pq, { p: 1, q: 7 }, onlyP).packages.pass)).toEqual([[20, 1, ['m:p'], []]]);
    expect(plan(pq, { p: 1, q: 1 }, onlyP).blocked).toEqual({ pass: [{ reason: 'points', id: 'pass' }] });
  });

  it('a facility the part reads but nothing prices, or no facilities reported at all', () => {
    // Both rooms or nothing (scoring: all); only the hall is priced (800).
    const r = miniRubric({
      facilities: `
        hall: {}
        room: {}`,
      criteria: '- { id: fac, kind: checklist, scoring: all, points: 60, items: [hall, room] }',
      tiers: '- { id: pass, min-score: 60 }',
    });
    const hall: Prices = { metrics: {}, facilities: { hall: [way(800, 0)] } };
    const withRoom = plan(r, {}, hall, {}, [{ kind: 'room', count: 1 }]);
    expect(brief(withRoom.packages.pass)).toEqual([[800, 1, ['f:hall'], []]]);
    const none = { pass: [{ reason: 'points', id: 'pass' }] };
    expect(plan(r, {}, hall, {}, []).blocked).toEqual(none);
    expect(plan(r, {}, hall).blocked).toEqual(none);
  });

  it('facilities not reported at all, or reported as none, tell two communities apart', () => {
    // c: a hall and m at 1, 30 points each. Not reported, the count has no data whatever m is;
    // reported as none, m (10) gives one item of two: 30.
    const r = miniRubric({
      metrics: 'm: { type: count }',
      facilities: 'hall: {}',
      criteria: '- { id: c, kind: count, points: 60, items: [hall, { metric: m, at-least: 1 }] }',
      tiers: '- { id: pass, min-score: 30 }',
    });
    const prices: Prices = { metrics: { m: [way(0, 10)] }, facilities: {} };
    const none = { pass: [{ reason: 'points', id: 'pass' }] };
    expect(plan(r, { m: 0 }, prices).blocked).toEqual(none);
    expect(brief(plan(r, { m: 0 }, prices, {}, []).packages.pass)).toEqual([[10, 1, ['m:m'], []]]);
    expect(plan(r, { m: 0 }, prices).blocked).toEqual(none);
  });

  it('the evidence intact for a part’s criteria tells two communities apart (材料审核)', () => {
    // a1 counts only with a photo: with one, a at 100 (500) reaches 40; without, it earns nothing.
    const mk = () =>
      miniRubric({
        metrics: 'a: { type: area }',
        criteria: '- { id: a1, kind: threshold, metric: a, at-least: 100, points: 40, evidence: [照片] }',
        tiers: '- { id: pass, min-score: 40 }',
      });
    const prices: Prices = { metrics: { a: [way(0, 10)] }, facilities: {} };
    const photo = { a1: ['photo' as const] };
    // Without the photo: short of the score, because a1 counts only with its evidence.
    const none = {
      pass: [
        { reason: 'points', id: 'pass' },
        { reason: 'evidence', id: 'a1' },
      ],
    };
    const r = mk();
    expect(brief(plan(r, { a: 50 }, prices, {}, undefined, photo).packages.pass)).toEqual([
      [500, 1, ['m:a'], []],
    ]);
    expect(plan(r, { a: 50 }, prices).blocked).toEqual(none);
    // The other way round, on a rubric not seen yet.
    const r2 = mk();
    expect(plan(r2, { a: 50 }, prices).blocked).toEqual(none);
    expect(brief(plan(r2, { a: 50 }, prices, {}, undefined, photo).packages.pass)).toEqual([
      [500, 1, ['m:a'], []],
    ]);
  });

  it('a way that moves a second metric changes the effect: not the same part', () => {
    // r1: 30 ㎡ per 100 households. 100 ㎡ for 500: 150 (500) meets it; a way that adds the 50 ㎡
    // to the households as well (550) leaves 150 short (27.3 per 100).
    const r = miniRubric({
      metrics: `
        w: { type: area }
        hh: { type: count }`,
      criteria:
        '- { id: r1, kind: ratio, metric: w, per: { metric: hh, every: 100 }, at-least: 30, points: 60 }',
      tiers: '- { id: pass, min-score: 60 }',
    });
    const m = { w: 100, hh: 500 };
    expect(brief(plan(r, m, { metrics: { w: [way(0, 10)] }, facilities: {} }).packages.pass)).toEqual([
      [500, 1, ['m:w'], []],
    ]);
    const both = plan(r, m, { metrics: { w: [way(0, 10, 1, { also: ['hh'] })] }, facilities: {} });
    expect(both.blocked).toEqual({ pass: [{ reason: 'points', id: 'pass' }] });
  });
});
