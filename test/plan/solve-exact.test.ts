/**
 * The exact planner (src/engine/plan/solve-exact.ts) by hand, on a three-tier rubric with prices
 * set here: when it applies, how quotas group, the two-tier program (lifts below the lower tier,
 * lifts of those at it, an A-package that is the cheapest way to B), the general program over one
 * and three tiers, each quota's saving at a target 5 points lower, months, budgets and quotas no
 * plan meets. Every cost worked out below. The random agreement tests reach these only through
 * whole plans, 5–20 s each.
 */
import { describe, expect, it } from 'vitest';
import { quotaNeeds } from '../../src/engine/plan/choices.js';
import type { Package } from '../../src/engine/plan/community.js';
import { clustersOf, dp, dpGeneral, exactApplies, solveExact } from '../../src/engine/plan/solve-exact.js';
import type { Bound } from '../../src/model/rubric.js';
import { atLeast, fix, member, problem, quota, rubric } from './three-tiers.js';

const liftsOf = (s: { lifts: { community: string; package: Package }[] }) =>
  s.lifts.map((l) => `${l.community}→${l.package.tier}`).sort();

// Street X, nobody at a tier yet. c3 cannot reach A; c4's way to B is 40, to A 41.
const X = [
  member('c1', null, { A: [30, 5], B: [10, 1] }),
  member('c2', null, { A: [25, 6], B: [20, 2] }),
  member('c3', null, { B: [5, 3] }),
  member('c4', null, { A: [41, 4], B: [40, 7] }),
];
const ids = X.map((c) => c.id);

describe('exactApplies', () => {
  const base = problem(X, [quota('a', 'A', atLeast(0.25), ids), quota('b', 'B', atLeast(0.75), ids)]);

  it('applies to quotas of one street with no shared fixes and no months limit', () => {
    expect(exactApplies(base)).toBeUndefined();
  });

  it('not with a months limit, a shared fix, or quotas of two groupings over one community', () => {
    expect(exactApplies({ ...base, months: 12 })).toBe('months');
    const shared = [...X.slice(1), member('c1', null, { B: [10, 1] }, 'X', ['f:站'])];
    expect(exactApplies({ ...base, communities: shared })).toBe('shared');
    // One package of two shared is enough.
    const mixed = member('c1', null, { B: [10, 1] });
    mixed.options.packages.A = [{ tier: 'A', cost: 30, months: 5, fixes: [fix('f:站')], shared: ['f:站'] }];
    expect(exactApplies({ ...base, communities: [...X.slice(1), mixed] })).toBe('shared');
    // Or one of two packages for one tier.
    const second = member('c1', null, { A: [30, 5], B: [10, 1] });
    second.options.packages.B!.push({
      tier: 'B',
      cost: 12,
      months: 1,
      fixes: [fix('f:站')],
      shared: ['f:站'],
    });
    expect(exactApplies({ ...base, communities: [...X.slice(1), second] })).toBe('shared');
    const district = quota('d', 'B', atLeast(0.5), ids, { by: 'district', key: 'D' });
    expect(exactApplies({ ...base, quotas: [...base.quotas, district] })).toBe('groupings');
  });

  it('not with an upper end a lift could pass; a blocked quota’s upper end is no matter', () => {
    // Between 1 and 2 of 4 at B: lifting a third would pass it.
    const between: Bound = { op: 'between', value: { value: 1 }, upper: { value: 2 } };
    const upper = quota('u', 'B', between, ids, { measure: 'count' });
    expect(exactApplies(problem(X, [upper]))).toBe('upper');
    // One such quota among others is enough.
    expect(exactApplies(problem(X, [quota('a', 'A', atLeast(0.25), ids), upper]))).toBe('upper');
    // Between 1 and 2 at C: nobody can reach C by a package of its own (none listed): short, blocked.
    const blocked = quota('u', 'C', between, ids, { measure: 'count' });
    expect(quotaNeeds(problem(X, [blocked]))[0]!.need).toBeUndefined();
    expect(exactApplies(problem(X, [blocked]))).toBeUndefined();
  });
});

describe('clustersOf', () => {
  it('one cluster per street, its quotas together; ids the problem lacks left out; a community in two groupings: none', () => {
    const Y = [member('y1', null, { B: [1, 1] }, 'Y')];
    const p = problem(
      [...X, ...Y],
      [
        quota('a', 'A', atLeast(0.25), ids),
        quota('y', 'B', atLeast(1), ['y1', 'ghost'], { key: 'Y' }),
        quota('b', 'B', atLeast(0.75), ids),
      ],
    );
    const cl = clustersOf(p, quotaNeeds(p))!;
    expect(cl.map((c) => [c.members.map((m) => m.id), c.needs.map((n) => n.quota.quota)])).toEqual([
      [ids, ['a', 'b']],
      [['y1'], ['y']],
    ]);
    const overlap = problem(X, [
      quota('a', 'A', atLeast(0.25), ids),
      quota('d', 'B', atLeast(0.5), ['c4', 'c1'], { key: 'Z' }),
    ]);
    expect(clustersOf(overlap, quotaNeeds(overlap))).toBeUndefined();
  });
});

describe('solveExact: two tiers', () => {
  it('one to A and two more to B: the cheapest split, its months, and each quota’s saving 5 points lower', () => {
    // A ≥ 25% (1 of 4), B ≥ 80% (all 4; 75% is 3). Lifting every one to B costs 10 + 20 + 5 + 40
    // = 75; one of them to A as well costs c1 +20, c2 +5, c4 +1 more: c4 (41), 76 in all.
    const p = problem(X, [quota('a', 'A', atLeast(0.25), ids), quota('b', 'B', atLeast(0.8), ids)]);
    const s = solveExact(p);
    expect(liftsOf(s)).toEqual(['c1→B', 'c2→B', 'c3→B', 'c4→A']);
    expect([s.cost, s.months, s.feasible, s.optimal, s.solver]).toEqual([
      76,
      1 + 2 + 3 + 4,
      true,
      true,
      'exact',
    ]);
    expect(s.stations).toEqual([]);
    expect(s.overBudget).toBeUndefined();
    // 75% of B (3 of 4) with one at A: c2 to A (25), c3 and c1 to B (5 + 10): 40; 36 less.
    // A at 20% still needs one: nothing saved.
    expect(s.quotas.map((q) => [q.quota.quota, q.reached, q.need, q.met, q.saving])).toEqual([
      ['a', 1, 1, true, { bound: 0.2, saving: 0 }],
      ['b', 4, 4, true, { bound: 0.75, saving: 36 }],
    ]);
    const three = solveExact(
      problem(X, [quota('a', 'A', atLeast(0.25), ids), quota('b', 'B', atLeast(0.75), ids)]),
    );
    expect(liftsOf(three)).toEqual(['c1→B', 'c2→A', 'c3→B']);
    expect([three.cost, three.months]).toEqual([40, 1 + 6 + 3]);
  });

  it('a budget below the least cost: infeasible, and the least said; at it: feasible', () => {
    const qs = [quota('a', 'A', atLeast(0.25), ids), quota('b', 'B', atLeast(0.8), ids)];
    const short = solveExact(problem(X, qs, { budget: 75 }));
    expect([short.feasible, short.overBudget]).toEqual([false, { budget: 75, least: 76 }]);
    const enough = solveExact(problem(X, qs, { budget: 76 }));
    expect([enough.feasible, enough.overBudget]).toEqual([true, undefined]);
    // A billionth short is rounding, not short.
    expect(solveExact(problem(X, qs, { budget: 76 - 1e-9 })).feasible).toBe(true);
  });

  it('one at B already is lifted to A alone; one at A stays; a package to A may be the cheapest way to B', () => {
    // d1 at B (to A: 7), d2 below (to B: 3, to A: 12), d3 at A. A ≥ 60% (2 of 3; 1 now), B = 100%.
    // d2 to A (12) meets both; d1 to A and d2 to B: 7 + 3 = 10.
    const Y = [
      member('d1', 'B', { A: [7, 1] }),
      member('d2', null, { A: [12, 1], B: [3, 1] }),
      member('d3', 'A', {}),
    ];
    const yids = Y.map((c) => c.id);
    const s = solveExact(
      problem(Y, [quota('a', 'A', atLeast(0.6), yids), quota('b', 'B', atLeast(1), yids)]),
    );
    expect(liftsOf(s)).toEqual(['d1→A', 'd2→B']);
    expect(s.cost).toBe(10);
    // d2's way to A (2) is cheaper than its way to B (3): lifted to A it counts for B.
    const Z = [
      member('e1', 'B', { A: [7, 1] }),
      member('e2', null, { A: [2, 1], B: [3, 1] }),
      member('e3', 'A', {}),
    ];
    const zids = Z.map((c) => c.id);
    const z = solveExact(
      problem(Z, [quota('a', 'A', atLeast(0.6), zids), quota('b', 'B', atLeast(1), zids)]),
    );
    expect(liftsOf(z)).toEqual(['e2→A']);
    expect(z.cost).toBe(2);
  });

  it('equally cheap: one more lift to B before one to A instead (the two-tier program’s split), so the general program would not', () => {
    // h1 at B (to A: 2), h2 below (to A: 5, to B: 3). A ≥ 50% (1 of 2), B = 100% (2 of 2).
    // h1 to A and h2 to B: 2 + 3 = 5; h2 to A alone: 5. The first split (none from below to A) is kept.
    const H = [member('h1', 'B', { A: [2, 1] }), member('h2', null, { A: [5, 1], B: [3, 1] })];
    const hq = [quota('a', 'A', atLeast(0.5), ['h1', 'h2']), quota('b', 'B', atLeast(1), ['h1', 'h2'])];
    const s = solveExact(problem(H, hq));
    expect([liftsOf(s), s.cost]).toEqual([['h1→A', 'h2→B'], 5]);
    const two = dp(rubric, H, ['A', 'B'], [1, 1])!;
    expect([...two.choice.keys()].sort()).toEqual(['h1', 'h2']);
    // The general program, on its own, keeps h2 to A (its first way to the goal at 5).
    expect([...dpGeneral(rubric, H, ['A', 'B'], [1, 1])!.choice].map(([id, c]) => [id, c.tier])).toEqual([
      ['h2', 'A'],
      ['h1', 'B'],
    ]);
  });

  it('equally cheap ways to B: the first member in the split order, and a package to A before one to B', () => {
    // u0 at A meets A ≥ 1/3; B ≥ 2/3 needs one more. u1 (to A 10, B 3) comes before u2 (to B 3).
    const U = [
      member('u0', 'A', {}),
      member('u1', null, { A: [10, 1], B: [3, 1] }),
      member('u2', null, { B: [3, 1] }),
    ];
    const uids = U.map((c) => c.id);
    const u = solveExact(
      problem(U, [quota('a', 'A', atLeast(0.3), uids), quota('b', 'B', atLeast(0.6), uids)]),
    );
    expect([liftsOf(u), u.cost]).toEqual([['u1→B'], 3]);
    // g2's package to A costs what its package to B does: the one to A is taken.
    const G = [member('g0', 'A', {}), member('g2', null, { A: [3, 1], B: [3, 1] })];
    const g = solveExact(
      problem(G, [quota('a', 'A', atLeast(0.5), ['g0', 'g2']), quota('b', 'B', atLeast(1), ['g0', 'g2'])]),
    );
    expect([liftsOf(g), g.cost]).toEqual([['g2→A'], 3]);
    // So in the general program: its first choice of two equally cheap.
    expect(dpGeneral(rubric, G, ['B'], [1])!.choice.get('g2')!.tier).toBe('A');
  });

  it('dp: no choice meets the counts; the lower targets read off the same program', () => {
    expect(dp(rubric, X, ['A', 'B'], [4, 4])).toBeUndefined();
    expect(dp(rubric, X, ['B'], [5])).toBeUndefined();
    const two = dp(rubric, X, ['B', 'A'], [4, 1])!;
    expect(two.cost).toBe(76);
    // Three at B, one at A: 40; two at B: c2 to A and c3 to B, 30; none at A but all at B: 75.
    expect([two.lower(0, 3), two.lower(0, 2), two.lower(1, 0), two.lower(1, -1)]).toEqual([40, 30, 75, 75]);
  });
});

describe('solveExact: the general program', () => {
  // f3 at C already. To A / B / C: f1 10 / 4 / 1, f2 20 / 3 / 2, f3 6 / 5.
  const F = [
    member('f1', null, { A: [10, 1], B: [4, 1], C: [1, 1] }),
    member('f2', null, { A: [20, 1], B: [3, 1], C: [2, 1] }),
    member('f3', 'C', { A: [6, 1], B: [5, 1] }),
    member('f4', 'A', {}),
  ];
  const fids = ['f1', 'f2', 'f3'];

  it('three tiers: one at A, two at B, all three at C', () => {
    // A ≥ 3% (1), B ≥ 50% (2), C ≥ 70% (3; 2 of 3 is 66.7%). f3 to A (6), f2 to B (3), f1 to
    // C (1): 10. Every other way costs more (f1 to A: 10 + 3 = 13 at least).
    const qs = [
      quota('a', 'A', atLeast(0.03), fids),
      quota('b', 'B', atLeast(0.5), fids),
      quota('c', 'C', atLeast(0.7), fids),
    ];
    const s = solveExact(problem(F, qs));
    expect(liftsOf(s)).toEqual(['f1→C', 'f2→B', 'f3→A']);
    expect([s.cost, s.months]).toEqual([10, 3]);
    // A at 0% (not −2%): none needed, f2 and f1 to B, 7: 3 saved. B at 45%: still 2. C at 65%
    // (2 of 3): f3 to A and f2 to B, 9: 1 saved.
    expect(s.quotas.map((q) => q.saving)).toEqual([
      { bound: 0, saving: 3 },
      { bound: 0.45, saving: 0 },
      { bound: 0.65, saving: 1 },
    ]);
  });

  it('one tier: the cheapest two; who can only stay, stays', () => {
    // B ≥ 2 more: f2 (3) and f1 (4) to B; f3 (5) stays.
    const g = dpGeneral(rubric, F, ['B'], [2])!;
    expect(g.cost).toBe(7);
    expect([...g.choice].map(([id, c]) => [id, c.tier, c.cost])).toEqual([
      ['f4', 'A', 0],
      ['f3', 'C', 0],
      ['f2', 'B', 3],
      ['f1', 'B', 4],
    ]);
    expect([g.lower(0, 1), g.lower(0, 0), g.lower(0, -3)]).toEqual([3, 0, 0]);
    expect(dpGeneral(rubric, F, ['B'], [4])).toBeUndefined();
    // dp sends one tier to the general program.
    expect(dp(rubric, F, ['B'], [2])!.cost).toBe(7);
  });
});

describe('solveExact: what no plan meets', () => {
  it('a quota short at any price: infeasible, the others still planned; no saving for a count', () => {
    const qs = [
      // Everyone at A: c3 cannot.
      quota('a', 'A', atLeast(1), ids),
      quota('b', 'B', atLeast(2), ids, { measure: 'count' }),
    ];
    const s = solveExact(problem(X, qs));
    expect(s.feasible).toBe(false);
    expect(liftsOf(s)).toEqual(['c1→B', 'c3→B']);
    expect(s.cost).toBe(15);
    expect(s.quotas.map((q) => [q.met, q.saving])).toEqual([
      [false, undefined],
      [true, undefined],
    ]);
  });

  it('a group no choice completes: infeasible, nothing of it planned, no saving worked out', () => {
    // Two quotas of street X over other members (no real table has them): the program takes the
    // first one's members, c1 alone, and four at B (three at 75%) cannot be found among them.
    const s = solveExact(
      problem(X, [
        quota('p', 'B', atLeast(1), ['c1']),
        quota('q', 'B', atLeast(0.8), ['c1', 'c2', 'c3', 'c4']),
      ]),
    );
    expect([s.feasible, s.cost, s.months, s.lifts]).toEqual([false, 0, 0, []]);
    expect(s.quotas.map((q) => q.saving)).toEqual([undefined, undefined]);
  });

  it('a member of a quota outside the program counts at its own tier; one no file gave, at none', () => {
    // The program sees p's members (c1); q also counts v1, at B already, and a ghost.
    const V = [member('c1', null, { B: [10, 1] }), member('v1', 'B', {})];
    const s = solveExact(
      problem(V, [quota('p', 'B', atLeast(1), ['c1']), quota('q', 'B', atLeast(0.6), ['c1', 'v1', 'ghost'])]),
    );
    expect(liftsOf(s)).toEqual(['c1→B']);
    expect(s.quotas.map((q) => [q.quota.quota, q.reached, q.met])).toEqual([
      ['p', 1, true],
      ['q', 2, true],
    ]);
  });

  it('a saving for more-than as for at-least; none for a cap', () => {
    // More than 25% of X at A (2 of 4), and at most 75% at B: c2 (25) and c1 (30) to A. 20%: one, 25.
    const s = solveExact(
      problem(X, [
        quota('a', 'A', { op: 'more-than', value: { value: 0.25 } }, ids),
        quota('cap', 'B', { op: 'at-most', value: { value: 0.75 } }, ids),
      ]),
    );
    expect([liftsOf(s), s.cost]).toEqual([['c1→A', 'c2→A'], 55]);
    expect(s.quotas.map((q) => q.saving)).toEqual([{ bound: 0.2, saving: 30 }, undefined]);
  });

  it('throws on quotas that do not split by group', () => {
    const overlap = problem(X, [
      quota('a', 'A', atLeast(0.25), ids),
      quota('d', 'B', atLeast(0.5), ids, { by: 'district', key: 'D' }),
    ]);
    expect(() => solveExact(overlap)).toThrow(/split by group/);
  });
});
