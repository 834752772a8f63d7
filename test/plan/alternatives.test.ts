/**
 * The cheapest alternative plans against brute force: on random small districts (the 2005 rubric,
 * random prices), every assignment of each community to "stay" or one of its cheapest packages per
 * tier is enumerated; those that meet every quota and are not wasteful (no lifted community could
 * take a cheaper choice with every quota still met) are sorted by cost. The planner's alternatives
 * must be the cheapest of them other than the best plan, in order of cost, each a different plan,
 * each re-scored (solvePlan's verifyPlan) to its claimed tiers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Choice, choicesOf, quotaHolds } from '../../src/engine/plan/choices.js';
import { solvePlan } from '../../src/engine/plan/plan.js';
import type { PlanProblem } from '../../src/engine/plan/problem.js';
import { exactApplies } from '../../src/engine/plan/solve-exact.js';
import { reaches } from '../../src/engine/rank.js';
import { arbDistrict, problemOf } from './random-district.js';

const RUNS = Number(process.env.FC_RUNS ?? 80);

const sig = (c: Choice) =>
  c.package
    ? c.package.fixes
        .map((f) => `${f.key}|${String(f.to)}|${f.way.way}`)
        .sort()
        .join(';')
    : '';

interface Brute {
  cost: number;
  key: string;
}

/** Every plan that meets the quotas and wastes nothing, cheapest first; undefined if too many to list. */
function brute(problem: PlanProblem): Brute[] | undefined {
  const { rubric } = problem;
  const cs = problem.communities;
  const choices = cs.map((c) => choicesOf(rubric, c, false));
  if (choices.reduce((a, l) => a * l.length, 1) > 20_000) return undefined;
  // The same fixes listed for two tiers reach the higher one.
  const tierOf = (i: number, c: Choice) => {
    const s = sig(c);
    return choices[i]!.find((x) => sig(x) === s)!.tier;
  };
  const index = new Map(cs.map((c, i) => [c.id, i]));
  const feasible = (pick: number[]) =>
    problem.quotas.every((q) =>
      quotaHolds(
        q,
        q.members.filter((id) => {
          const i = index.get(id)!;
          return reaches(rubric, tierOf(i, choices[i]![pick[i]!]!), q.tier);
        }).length,
      ),
    );
  const out = new Map<string, Brute>();
  const pick = cs.map(() => 0);
  const walk = (i: number) => {
    if (i < cs.length) {
      for (let k = 0; k < choices[i]!.length; k++) {
        pick[i] = k;
        walk(i + 1);
      }
      return;
    }
    if (!feasible(pick)) return;
    for (let j = 0; j < cs.length; j++) {
      const mine = choices[j]![pick[j]!]!;
      for (let k = 0; k < choices[j]!.length; k++) {
        if (choices[j]![k]!.cost >= mine.cost - 1e-9) continue;
        const other = [...pick];
        other[j] = k;
        if (feasible(other)) return;
      }
    }
    const key = cs.map((c, j) => `${c.id}=${sig(choices[j]![pick[j]!]!)}`).join(' ');
    const cost = pick.reduce((a, k, j) => a + choices[j]![k]!.cost, 0);
    out.set(key, { cost, key });
  };
  walk(0);
  return [...out.values()].sort((a, b) => a.cost - b.cost);
}

const keyOf = (problem: PlanProblem, lifts: { community: string; package: Choice['package'] }[]) => {
  const m = new Map(
    lifts.map((l) => [l.community, sig({ package: l.package!, tier: null, cost: 0, months: 0 })]),
  );
  return problem.communities.map((c) => `${c.id}=${m.get(c.id) ?? ''}`).join(' ');
};

describe('plan: alternatives agree with brute force', () => {
  it('are the cheapest other plans, in order, on random small districts', async () => {
    let compared = 0;
    let withAlternatives = 0;
    await fc.assert(
      fc.asyncProperty(arbDistrict, fc.integer({ min: 1, max: 6 }), async (d, count) => {
        const problem = problemOf(d);
        if (exactApplies(problem)) return;
        const all = brute(problem);
        if (!all) return;
        const best = await solvePlan(problem, {
          solver: 'exact',
          timeLimit: 30,
          alternatives: { count, within: 1 },
        });
        const alts = best.alternatives!;
        if (!all.length) {
          expect(alts.list).toEqual([]);
          return;
        }
        compared++;
        const bestKey = keyOf(problem, best.lifts);
        expect(Math.abs(all[0]!.cost - best.cost)).toBeLessThan(1e-6);
        expect(all.map((b) => b.key)).toContain(bestKey);
        const others = all.filter((b) => b.key !== bestKey && b.cost <= best.cost * 2 + 1e-6);
        if (best.cost <= 0) return;
        expect(alts.capped).toBe(false);
        expect(alts.list.map((a) => a.cost)).toEqual(
          others.slice(0, count).map((b) => expect.closeTo(b.cost, 6) as unknown as number),
        );
        expect(alts.more).toBe(others.length > count);
        const keys = alts.list.map((a) => keyOf(problem, a.lifts));
        expect(new Set(keys).size).toBe(keys.length);
        for (const k of keys) expect(others.map((b) => b.key)).toContain(k);
        for (const a of alts.list) {
          expect(a.extra).toBeCloseTo(a.cost - best.cost, 6);
          expect(a.quotas.every((q) => q.met)).toBe(true);
        }
        if (alts.list.length) withAlternatives++;
      }),
      { numRuns: RUNS, ...(process.env.FC_RUNS ? {} : { seed: 20051231 }) },
    );
    expect(compared).toBeGreaterThan(RUNS / 10);
    expect(withAlternatives).toBeGreaterThan(RUNS / 20);
  }, 300_000);

  it('HiGHS (no-good cuts) lists the same costs as brute force', async () => {
    let withAlternatives = 0;
    await fc.assert(
      fc.asyncProperty(arbDistrict, fc.integer({ min: 1, max: 4 }), async (d, count) => {
        const problem = problemOf(d);
        if (exactApplies(problem)) return;
        const all = brute(problem);
        if (!all?.length) return;
        const best = await solvePlan(problem, {
          solver: 'highs',
          timeLimit: 30,
          alternatives: { count, within: 1 },
        });
        if (best.cost <= 0) return;
        const bestKey = keyOf(problem, best.lifts);
        const others = all.filter((b) => b.key !== bestKey && b.cost <= best.cost * 2 + 1e-6);
        const alts = best.alternatives!;
        // Stopped at its number of solves (too many wasteful plans to cut off): what it lists is
        // still the cheapest, in order, but there may be more.
        const listed = alts.capped ? alts.list.length : count;
        expect(alts.list.map((a) => a.cost)).toEqual(
          others.slice(0, listed).map((b) => expect.closeTo(b.cost, 6) as unknown as number),
        );
        if (!alts.capped) expect(alts.more).toBe(others.length > count);
        if (alts.list.length) withAlternatives++;
      }),
      // Few random districts need HiGHS (shared stations) and fewer still have alternatives: a
      // fixed seed keeps CI's count of those from falling short by chance (FC_RUNS runs at random).
      { numRuns: Math.ceil(RUNS / 2), ...(process.env.FC_RUNS ? {} : { seed: 20051231 }) },
    );
    expect(withAlternatives).toBeGreaterThan(RUNS / 40);
  }, 300_000);
});
