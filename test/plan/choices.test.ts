/**
 * What both solvers choose from (src/engine/plan/choices.ts), by hand on a two-tier rubric: a
 * community's choices (stay, or a package per tier above its own), the fewest at a tier a bound
 * needs (share or count), why a quota is blocked (masked, short, over an upper end), the most an
 * upper end allows, and whether a plan meets a quota. The random agreement tests reach these only
 * through whole plans.
 */
import { describe, expect, it } from 'vitest';
import {
  choicesOf,
  fewest,
  most,
  quotaHolds,
  quotaMeasureOf,
  quotaNeeds,
  quotaOutcome,
} from '../../src/engine/plan/choices.js';
import type { Package } from '../../src/engine/plan/community.js';
import type { PlanCommunity, PlanProblem, PlanQuota } from '../../src/engine/plan/problem.js';
import type { Bound, Rubric } from '../../src/model/rubric.js';

const rubric = {
  id: 'r',
  tiers: [
    { id: 'top', minScore: 90, requires: [] },
    { id: 'pass', minScore: 60, requires: [] },
  ],
} as unknown as Rubric;

const pkg = (tier: string, cost: number, months = 1): Package => ({
  tier,
  cost,
  months,
  fixes: [],
  shared: [],
});

function community(id: string, tier: string | null, packages: Record<string, Package[]> = {}): PlanCommunity {
  return {
    id,
    name: id,
    file: '',
    groups: { street: 'X' },
    tier,
    assessment: {} as never,
    options: { tier, packages, blocked: {} },
  };
}

const b = (op: Bound['op'], v: number, upper?: number): Bound => ({
  op,
  value: { value: v },
  ...(upper !== undefined ? { upper: { value: upper } } : {}),
});

function quota(
  bound: Bound,
  members: string[],
  n = members.length,
  extra: Partial<PlanQuota> = {},
): PlanQuota {
  return { quota: 'q', tier: 'pass', by: 'street', key: 'X', n, bound, members, doubts: [], ...extra };
}

describe('choicesOf', () => {
  const p1 = pkg('top', 300, 4);
  const p2 = pkg('top', 500, 2);
  const p3 = pkg('pass', 100, 3);
  const none = community('a', null, { top: [p1, p2], pass: [p3] });

  it('stay, then the cheapest package per tier above, highest first; every package for HiGHS', () => {
    expect(choicesOf(rubric, none, false)).toEqual([
      { tier: null, cost: 0, months: 0 },
      { package: p1, tier: 'top', cost: 300, months: 4 },
      { package: p3, tier: 'pass', cost: 100, months: 3 },
    ]);
    expect(choicesOf(rubric, none, true).map((c) => c.package)).toEqual([undefined, p1, p2, p3]);
  });

  it('no choice of a tier it already reaches, nor of one with no package', () => {
    const atPass = community('b', 'pass', { top: [p1], pass: [p3] });
    expect(choicesOf(rubric, atPass, true)).toEqual([
      { tier: 'pass', cost: 0, months: 0 },
      { package: p1, tier: 'top', cost: 300, months: 4 },
    ]);
    expect(choicesOf(rubric, community('c', 'top', { top: [p1] }), true)).toEqual([
      { tier: 'top', cost: 0, months: 0 },
    ]);
    expect(choicesOf(rubric, community('d', null, { pass: [p3] }), false).map((c) => c.tier)).toEqual([
      null,
      'pass',
    ]);
  });
});

describe('the measure of a bound and the fewest it needs', () => {
  it('a share is k / n, a count is k; nothing holds over no communities', () => {
    expect(quotaMeasureOf({ n: 4 }, 1)).toBe(0.25);
    expect(quotaMeasureOf({ n: 4, measure: 'count' }, 1)).toBe(1);
    expect(quotaHolds({ n: 0, bound: b('at-most', 1) }, 0)).toBe(false);
    expect(quotaHolds({ n: 0, bound: b('at-most', 1), measure: 'count' }, 0)).toBe(false);
    expect(quotaHolds({ n: 4, bound: b('at-least', 0.5) }, 2)).toBe(true);
    expect(quotaHolds({ n: 4, bound: b('at-least', 0.5) }, 1)).toBe(false);
    expect(quotaHolds({ n: 4, bound: b('at-least', 2), measure: 'count' }, 2)).toBe(true);
  });

  it('fewest: counted up from what is reached, within n', () => {
    // 85% of 9: 8 (88.9%); 7 (77.8%) is not enough.
    expect(fewest(b('at-least', 0.85), 9, 0)).toBe(8);
    expect(fewest(b('at-least', 0.85), 9, 8)).toBe(8);
    expect(fewest(b('at-least', 0.85), 9, 9)).toBe(9);
    // More than 100%: none.
    expect(fewest(b('more-than', 1), 4, 0)).toBeUndefined();
    // A count: at least 2 of 9.
    expect(fewest(b('at-least', 2), 9, 0, 'count')).toBe(2);
    // 2 of 9 as a share would be 22%: not at least 2.
    expect(fewest(b('at-least', 2), 9, 0)).toBeUndefined();
  });
});

describe('quotaNeeds', () => {
  const problem = (quotas: PlanQuota[], communities: PlanCommunity[]): PlanProblem =>
    ({ rubric, score: {}, communities, quotas }) as unknown as PlanProblem;
  const cs = [
    community('a', 'top'),
    community('b', null, { pass: [pkg('pass', 100)] }),
    community('c', null),
    community('d', null, { top: [pkg('top', 900)] }),
  ];

  it('the fewest at the tier, when enough members can be lifted to it', () => {
    // Half of 5 (a doubt among them): 3. a is there; b can be lifted, c cannot, d has only a 示范 package.
    const q = quota(b('at-least', 0.5), ['a', 'b', 'c', 'd'], 5);
    expect(quotaNeeds(problem([q], cs))).toEqual([
      { quota: q, reached: 1, block: { reason: 'short', reachable: 2, need: 3 } },
    ]);
    const lower = quota(b('at-least', 0.4), ['a', 'b', 'c', 'd'], 5);
    expect(quotaNeeds(problem([lower], cs))).toEqual([{ quota: lower, reached: 1, need: 2 }]);
  });

  it('a member the problem does not list is not counted', () => {
    const q = quota(b('at-least', 0.25), ['a', 'gone'], 4);
    expect(quotaNeeds(problem([q], cs))[0]).toEqual({ quota: q, reached: 1, need: 1 });
  });

  it('a target no count meets is short of n + 1', () => {
    const q = quota(b('more-than', 1), ['a', 'b'], 2);
    expect(quotaNeeds(problem([q], cs))[0]!.block).toEqual({ reason: 'short', reachable: 2, need: 3 });
  });

  it('a masked target, and one already over its upper end, are blocked as such', () => {
    const masked = quota({ op: 'at-least', value: { masked: '**' } }, ['a']);
    expect(quotaNeeds(problem([masked], cs))[0]).toEqual({
      quota: masked,
      reached: 1,
      block: { reason: 'masked', value: '**' },
    });
    // 每街1-2个 at 达标: a, b2 and b3 are there already.
    const three = [
      community('a', 'top'),
      community('b2', 'pass'),
      community('b3', 'pass'),
      community('c', null),
    ];
    const capped = quota(b('between', 1, 2), ['a', 'b2', 'b3', 'c'], 4, { measure: 'count' });
    expect(quotaNeeds(problem([capped], three))[0]).toEqual({
      quota: capped,
      reached: 3,
      block: { reason: 'over', reached: 3 },
    });
    // None there: not over, but short of 1 with nobody to lift.
    const nobody = [community('c', null), community('e', null)];
    const fromNone = quota(b('between', 1, 2), ['c', 'e'], 2, { measure: 'count' });
    expect(quotaNeeds(problem([fromNone], nobody))[0]!.block).toEqual({
      reason: 'short',
      reachable: 0,
      need: 1,
    });
    // Less than 0 of them: no count meets it, even from none: short, not over.
    const never = quota(b('less-than', 0), ['a'], 1, { measure: 'count' });
    expect(quotaNeeds(problem([never], cs))[0]!.block).toEqual({ reason: 'short', reachable: 1, need: 2 });
  });
});

describe('most', () => {
  it('the most an upper end allows below every member; none when every member may reach', () => {
    expect(most(quota(b('between', 1, 2), ['a', 'b', 'c', 'd'], 4, { measure: 'count' }))).toBe(2);
    expect(most(quota(b('at-most', 0.5), ['a', 'b', 'c', 'd']))).toBe(2);
    expect(most(quota(b('at-least', 0.5), ['a', 'b', 'c', 'd']))).toBeUndefined();
    expect(most(quota(b('less-than', 0), ['a', 'b']))).toBeUndefined();
    // Less than half of 2: none at all.
    expect(most(quota(b('less-than', 0.5), ['a', 'b']))).toBe(0);
  });
});

describe('quotaOutcome', () => {
  const q = quota(b('between', 1, 2), ['a', 'b', 'c'], 3, { measure: 'count' });
  it('met at the fewest needed and within an upper end; not past it, not short of it', () => {
    expect(quotaOutcome({ quota: q, reached: 0, need: 1 }, 1)).toEqual({
      quota: q,
      reached: 1,
      need: 1,
      met: true,
    });
    expect(quotaOutcome({ quota: q, reached: 0, need: 1 }, 2).met).toBe(true);
    expect(quotaOutcome({ quota: q, reached: 0, need: 2 }, 1).met).toBe(false);
    expect(quotaOutcome({ quota: q, reached: 0, need: 1 }, 3).met).toBe(false);
    const block = { reason: 'short' as const, reachable: 0, need: 1 };
    expect(quotaOutcome({ quota: q, reached: 0, block }, 0)).toEqual({
      quota: q,
      reached: 0,
      met: false,
      block,
    });
    expect('need' in quotaOutcome({ quota: q, reached: 0, block }, 0)).toBe(false);
  });
});
