/**
 * The cheapest other plans (src/engine/plan/alternatives.ts) by hand, on a three-tier rubric with
 * prices set here: every plan of one street listed and priced below, the margin and the budget,
 * how many and whether there are more, the groups combined, what each alternative adds, drops and
 * changes, the options a member has (the same fixes for two tiers once; a package dearer than a
 * higher tier's never), when none are worked out, and the keys plans are told apart by. The random
 * brute-force test (test/plan/alternatives.test.ts) takes seconds a run.
 */
import { describe, expect, it } from 'vitest';
import {
  type Alternative,
  alternativeOf,
  alternativesOf,
  eps,
  fixSig,
  liftSig,
} from '../../src/engine/plan/alternatives.js';
import type { FixOption } from '../../src/engine/plan/candidates.js';
import { quotaNeeds } from '../../src/engine/plan/choices.js';
import type { Package } from '../../src/engine/plan/community.js';
import { solveExact } from '../../src/engine/plan/solve-exact.js';
import { atLeast, fix, member, problem, quota } from './three-tiers.js';

// Street X: one at A and three at B or above. To A / B: c1 30 / 10, c2 25 / 20, c3 – / 5,
// c4 41 / 40. A second lift to A is always waste (its way to B is cheaper and still counts), as
// is a fourth lift. The plans that waste nothing, by cost:
//   40 c1 B, c2 A, c3 B (the best)   55 c1 A, c2 B, c3 B      56 c1 B, c3 B, c4 A
//   66 c2 B, c3 B, c4 A              70 c2 A, c3 B, c4 B      71 c1 B, c2 B, c4 A
//   75 c1 A, c3 B, c4 B              75 c1 B, c2 A, c4 B      90 c1 A, c2 B, c4 B
const X = [
  member('c1', null, { A: [30, 5], B: [10, 1] }),
  member('c2', null, { A: [25, 6], B: [20, 2] }),
  member('c3', null, { B: [5, 3] }),
  member('c4', null, { A: [41, 4], B: [40, 7] }),
];
const ids = X.map((c) => c.id);
const xQuotas = [quota('a', 'A', atLeast(0.25), ids), quota('b', 'B', atLeast(0.75), ids)];
const px = problem(X, xQuotas);
const bestX = solveExact(px);

const lifts = (a: Alternative) => a.lifts.map((l) => `${l.community}→${l.package.tier}`);
const brief = (a: Alternative) => ({
  cost: a.cost,
  extra: a.extra,
  lifts: lifts(a),
  added: a.added,
  dropped: a.dropped,
  changed: a.changed,
});

describe('alternativesOf: one street', () => {
  it('the best plan is the one hand-found', () => {
    expect([bestX.cost, bestX.lifts.map((l) => l.community).sort()]).toEqual([40, ['c1', 'c2', 'c3']]);
  });

  it('within 50% (60 at most): 55 and 56, in order, with what each adds, drops and changes', () => {
    const alts = alternativesOf(px, bestX, { count: 3, within: 0.5 });
    expect([alts.count, alts.within, alts.more, alts.capped, alts.skipped]).toEqual([
      3,
      0.5,
      false,
      false,
      undefined,
    ]);
    expect(alts.list.map(brief)).toEqual([
      { cost: 55, extra: 15, lifts: ['c1→A', 'c2→B', 'c3→B'], added: [], dropped: [], changed: ['c1', 'c2'] },
      { cost: 56, extra: 16, lifts: ['c1→B', 'c3→B', 'c4→A'], added: ['c4'], dropped: ['c2'], changed: [] },
    ]);
    expect(alts.list.map((a) => a.months)).toEqual([5 + 2 + 3, 1 + 3 + 4]);
    expect(alts.list.every((a) => a.quotas.every((q) => q.met) && a.stations === undefined)).toBe(true);
    expect(alts.list[1]!.quotas.map((q) => q.reached)).toEqual([1, 3]);
  });

  it('fewer asked than there are: the cheapest, and more', () => {
    const one = alternativesOf(px, bestX, { count: 1, within: 0.5 });
    expect([one.list.map((a) => a.cost), one.more]).toEqual([[55], true]);
    const two = alternativesOf(px, bestX, { count: 2, within: 0.5 });
    expect([two.list.map((a) => a.cost), two.more]).toEqual([[55, 56], false]);
  });

  it('within 100% (80): seven plans, the two at 75 both; five of them and more', () => {
    const all = alternativesOf(px, bestX, { count: 9, within: 1 });
    expect([all.list.map((a) => a.cost), all.more]).toEqual([[55, 56, 66, 70, 71, 75, 75], false]);
    expect(new Set(all.list.map((a) => lifts(a).join())).size).toBe(7);
    const five = alternativesOf(px, bestX, { count: 5, within: 1 });
    expect([five.list.map((a) => a.cost), five.more]).toEqual([[55, 56, 66, 70, 71], true]);
  });

  it('a budget narrows the margin: 50 leaves none, 55 leaves one', () => {
    const p50 = problem(X, xQuotas, { budget: 50 });
    expect(alternativesOf(p50, bestX, { count: 3, within: 0.5 }).list).toEqual([]);
    const p55 = problem(X, xQuotas, { budget: 55 });
    expect(alternativesOf(p55, bestX, { count: 3, within: 0.5 }).list.map((a) => a.cost)).toEqual([55]);
    // Below the best plan's cost: nothing (the margin is negative).
    const p30 = problem(X, xQuotas, { budget: 30 });
    expect(alternativesOf(p30, bestX, { count: 3, within: 0.5 })).toEqual({
      count: 3,
      within: 0.5,
      list: [],
      more: false,
      capped: false,
    });
    // A margin of 0: only plans as cheap as the best, and there are none.
    expect(alternativesOf(px, bestX, { count: 3, within: 0 }).list).toEqual([]);
  });
});

describe('alternativesOf: two streets', () => {
  // Street Y: one of two at B, y1 (8) or y2 (9).
  const Y = [member('y1', null, { B: [8, 1] }, 'Y'), member('y2', null, { B: [9, 1] }, 'Y')];
  const p = problem([...X, ...Y], [...xQuotas, quota('y', 'B', atLeast(0.5), ['y1', 'y2'], { key: 'Y' })]);
  const best = solveExact(p);

  it('the best plan with one street changed, or both, cheapest first (a tie: the fewer changed first)', () => {
    expect(best.cost).toBe(48);
    // Within 50% of 48 (24): y2 (+1), X at 55 (+15), X at 56 (+16), X at 55 with y2 (+16), X at 56 with y2 (+17).
    const alts = alternativesOf(p, best, { count: 4, within: 0.5 });
    expect(alts.list.map((a) => a.extra)).toEqual([1, 15, 16, 16]);
    expect(alts.more).toBe(true);
    expect(alts.list.map(brief)[3]).toEqual({
      cost: 64,
      extra: 16,
      lifts: ['c1→A', 'c2→B', 'c3→B', 'y2→B'],
      added: ['y2'],
      dropped: ['y1'],
      changed: ['c1', 'c2'],
    });
    expect(lifts(alts.list[2]!)).toEqual(['c1→B', 'c3→B', 'c4→A', 'y1→B']);
    const five = alternativesOf(p, best, { count: 5, within: 0.5 });
    expect([five.list.map((a) => a.extra), five.more]).toEqual([[1, 15, 16, 16, 17], false]);
  });

  it('a street whose quotas are met as it is is no group of choices', () => {
    const met = [member('z1', 'B', { A: [1, 1] }, 'Z')];
    const pz = problem([...X, ...met], [...xQuotas, quota('z', 'B', atLeast(1), ['z1'], { key: 'Z' })]);
    const alts = alternativesOf(pz, solveExact(pz), { count: 2, within: 0.5 });
    expect(alts.list.map((a) => a.cost)).toEqual([55, 56]);
  });
});

describe('alternativesOf: none worked out', () => {
  it('none asked, a HiGHS plan, a plan that does not meet its quotas, a best plan costing nothing', () => {
    const base = { list: [], more: false, capped: false };
    expect(alternativesOf(px, bestX, { count: 0, within: 1 })).toEqual({ count: 0, within: 1, ...base });
    expect(alternativesOf(px, { ...bestX, solver: 'highs' }, { count: 2, within: 1 })).toEqual({
      count: 2,
      within: 1,
      ...base,
      skipped: 'highs',
    });
    expect(alternativesOf(px, { ...bestX, feasible: false }, { count: 2, within: 1 }).skipped).toBe(
      'infeasible',
    );
    const unmet = bestX.quotas.map((q, i) => (i === 1 ? { ...q, met: false } : q));
    expect(alternativesOf(px, { ...bestX, quotas: unmet }, { count: 2, within: 1 }).skipped).toBe(
      'infeasible',
    );
    // Met as they are: the best plan lifts nobody, at 0.
    const already = problem(X, [quota('b', 'B', atLeast(0), ids)]);
    expect(alternativesOf(already, solveExact(already), { count: 2, within: 1 })).toEqual({
      count: 2,
      within: 1,
      ...base,
    });
  });
});

describe('a member’s options', () => {
  it('the same fixes listed for A and B are one option; a package to B dearer than the one to A is none', () => {
    // w1's one package reaches A and is listed for B too; w2's way to B (15) is dearer than to A (12).
    const same: Package = { tier: 'A', cost: 11, months: 1, fixes: [fix('m:w1')], shared: [] };
    const W = [
      member('w1', null, { A: same, B: { ...same, tier: 'B' } }, 'W'),
      member('w2', null, { A: [12, 1], B: [15, 1] }, 'W'),
      member('w3', null, { B: [13, 1] }, 'W'),
    ];
    // One of three at B: w1 (11), w2 (12, as its package to A) or w3 (13).
    const pw = problem(W, [quota('w', 'B', atLeast(0.3), ['w1', 'w2', 'w3'], { key: 'W' })]);
    const best = solveExact(pw);
    expect(best.lifts.map((l) => [l.community, l.package.tier, l.package.cost])).toEqual([['w1', 'A', 11]]);
    const alts = alternativesOf(pw, best, { count: 5, within: 1 });
    // w1 to B is w1 to A (the same fixes): no other plan. w2 to B at 15 is no option.
    expect(alts.list.map((a) => [lifts(a), a.cost])).toEqual([
      [['w2→A'], 12],
      [['w3→B'], 13],
    ]);
    expect(alts.more).toBe(false);
  });
});

describe('alternativeOf, fixSig, liftSig, eps', () => {
  it('an alternative from HiGHS keeps its stations and its total', () => {
    const needs = quotaNeeds(px);
    const station = { street: 'X', key: 'f:站', count: 1, option: {} as FixOption, serves: ['c1'] };
    const a = alternativeOf(px, bestX, bestX.lifts, needs, { stations: [station], cost: 47, months: 3 });
    expect([a.cost, a.months, a.extra, a.stations, a.added, a.dropped, a.changed]).toEqual([
      47,
      3,
      7,
      [station],
      [],
      [],
      [],
    ]);
    const plain = alternativeOf(px, bestX, bestX.lifts, needs);
    expect([plain.cost, plain.months, plain.extra, 'stations' in plain]).toEqual([40, 10, 0, false]);
    expect(plain.quotas.map((q) => [q.reached, q.met])).toEqual([
      [1, true],
      [3, true],
    ]);
  });

  it('fixes as a key: key, value, way and its title, in code-unit order; staying is the empty key', () => {
    const p: Package = {
      tier: 'A',
      cost: 0,
      months: 0,
      fixes: [fix('m:z', 'rent', 2, { en: 'Hall' }), fix('f:a', 'build', true)],
      shared: [],
    };
    expect(fixSig({ package: p, tier: 'A', cost: 0, months: 0 })).toBe(
      'f:a|true|build|;m:z|2|rent|{"en":"Hall"}',
    );
    expect(fixSig({ tier: null, cost: 0, months: 0 })).toBe('');
    expect(liftSig({ community: 'c', package: { ...p, tier: 'B', cost: 9 } })).toBe(
      'f:a|true|build|;m:z|2|rent|{"en":"Hall"}',
    );
  });

  it('eps: a billionth, of the figure when it is above 1', () => {
    expect([eps(0), eps(0.5), eps(-4), eps(2e9)]).toEqual([1e-9, 1e-9, 4e-9, 2]);
  });
});

describe('alternativesOf: many plans as cheap as each other, and a search too large', () => {
  it('ten members, any one of them enough: the search widens past its first ties and finds them', () => {
    // One of ten at B, each at 1: ten plans at 1 (nine besides the best), none wasteful; two asked.
    const T = Array.from({ length: 10 }, (_, i) => member(`t${i}`, null, { B: [1, 1] }, 'T'));
    const pt = problem(T, [
      quota(
        't',
        'B',
        atLeast(0.1),
        T.map((c) => c.id),
        { key: 'T' },
      ),
    ]);
    const best = solveExact(pt);
    expect(best.cost).toBe(1);
    const alts = alternativesOf(pt, best, { count: 2, within: 1 });
    expect(alts.list.map((a) => [a.cost, a.extra, a.lifts.length])).toEqual([
      [1, 0, 1],
      [1, 0, 1],
    ]);
    const lifted = alts.list.map((a) => a.lifts[0]!.community);
    expect(new Set([...lifted, best.lifts[0]!.community]).size).toBe(3);
    expect([alts.more, alts.capped]).toEqual([true, false]);
  });

  it('a group whose table would pass eight million cells: none listed, capped, and more', () => {
    // 2,700 of 3,000 at B: (3,000 + 1) × (2,700 + 1) cells. The best plan is given, not searched.
    const M = Array.from({ length: 3000 }, (_, i) => member(`m${i}`, null, { B: [1, 1] }, 'M'));
    const ids = M.map((c) => c.id);
    const q = quota('m', 'B', atLeast(0.9), ids, { key: 'M' });
    const pm = problem(M, [q]);
    const lifts = M.slice(0, 2700).map((c) => ({ community: c.id, package: c.options.packages.B![0]! }));
    const best = {
      solver: 'exact' as const,
      optimal: true,
      feasible: true,
      lifts,
      stations: [],
      cost: 2700,
      months: 2700,
      quotas: [{ quota: q, reached: 2700, need: 2700, met: true }],
    };
    expect(alternativesOf(pm, best, { count: 2, within: 0.1 })).toMatchObject({
      list: [],
      more: true,
      capped: true,
    });
  });
});

describe('alternativesOf: more corners, by hand', () => {
  it('two streets, one asked: the search of the second stops at the third combination kept', () => {
    const Y = [member('y1', null, { B: [8, 1] }, 'Y'), member('y2', null, { B: [9, 1] }, 'Y')];
    const p = problem([...X, ...Y], [...xQuotas, quota('y', 'B', atLeast(0.5), ['y1', 'y2'], { key: 'Y' })]);
    const best = solveExact(p);
    const one = alternativesOf(p, best, { count: 1, within: 0.5 });
    expect([one.list.map((a) => a.extra), one.more]).toEqual([[1], true]);
    // Within 35% of 48 (16.8): y2 (+1), X at 55 (+15), X at 56 (+16), X at 55 with y2 (+16); not X at 56 with y2 (+17).
    const narrow = alternativesOf(p, best, { count: 5, within: 0.35 });
    expect([narrow.list.map((a) => a.extra), narrow.more]).toEqual([[1, 15, 16, 16], false]);
  });

  it('a best plan at no cost has no margin to look in, even with other free plans', () => {
    const F = [member('z1', null, { B: [0, 1] }, 'Z'), member('z2', null, { B: [0, 1] }, 'Z')];
    const pf = problem(F, [quota('z', 'B', atLeast(0.5), ['z1', 'z2'], { key: 'Z' })]);
    const best = solveExact(pf);
    expect([best.cost, best.lifts.length]).toEqual([0, 1]);
    expect(alternativesOf(pf, best, { count: 2, within: 1 })).toEqual({
      count: 2,
      within: 1,
      list: [],
      more: false,
      capped: false,
    });
  });

  it('a margin of 0 still lists plans exactly as cheap', () => {
    const T = Array.from({ length: 3 }, (_, i) => member(`t${i}`, null, { B: [1, 1] }, 'T'));
    const pt = problem(T, [
      quota(
        't',
        'B',
        atLeast(0.3),
        T.map((c) => c.id),
        { key: 'T' },
      ),
    ]);
    const alts = alternativesOf(pt, solveExact(pt), { count: 5, within: 0 });
    expect(alts.list.map((a) => a.extra)).toEqual([0, 0]);
  });

  it('a tier already met in the street, another one short: the short one counted from what is reached', () => {
    // u0 at A meets A ≥ 1/4 (goal 0 more); B ≥ 1/2 of 4 needs one more: u1 (3) or u2 (3). u1 to A
    // (10) is waste: its way to B does as much.
    const U = [
      member('u0', 'A', {}, 'U'),
      member('u1', null, { A: [10, 1], B: [3, 1] }, 'U'),
      member('u2', null, { B: [3, 1] }, 'U'),
    ];
    const uids = [...U.map((c) => c.id), 'ghost'];
    const pu = problem(U, [
      quota('a', 'A', atLeast(0.25), uids, { key: 'U' }),
      quota('b', 'B', atLeast(0.5), uids, { key: 'U' }),
    ]);
    const best = solveExact(pu);
    expect(best.lifts.map((l) => l.community)).toEqual(['u1']);
    const alts = alternativesOf(pu, best, { count: 3, within: 5 });
    expect(alts.list.map((a) => [lifts(a), a.cost])).toEqual([[['u2→B'], 3]]);
    // u0 counts at A and B though no plan lifts it; the ghost counts nowhere.
    expect(alts.list[0]!.quotas.map((q) => [q.reached, q.met])).toEqual([
      [1, true],
      [2, true],
    ]);
  });

  it('two packages, one a tier higher, at one price: both are plans; the same fixes for two tiers: one', () => {
    // v1 to A or to B (other fixes), 12 each; v2's one package (14) is listed for A and for B.
    const same: Package = { tier: 'A', cost: 14, months: 1, fixes: [fix('m:v2')], shared: [] };
    const V = [
      member('v0', null, { B: [10, 1] }, 'V'),
      member('v1', null, { A: [12, 1], B: [12, 1] }, 'V'),
      member('v2', null, { A: same, B: { ...same, tier: 'B' } }, 'V'),
    ];
    const pv = problem(V, [quota('v', 'B', atLeast(0.3), ['v0', 'v1', 'v2'], { key: 'V' })]);
    const best = solveExact(pv);
    expect(best.lifts.map((l) => l.community)).toEqual(['v0']);
    const alts = alternativesOf(pv, best, { count: 5, within: 1 });
    expect(alts.list.map((a) => [lifts(a), a.cost])).toEqual([
      [['v1→A'], 12],
      [['v1→B'], 12],
      [['v2→A'], 14],
    ]);
    expect(alts.more).toBe(false);
  });
});
